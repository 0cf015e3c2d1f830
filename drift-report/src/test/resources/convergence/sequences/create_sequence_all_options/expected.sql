-- Drift fix script: makes target match reference
CREATE SEQUENCE public.invoice_no AS integer INCREMENT BY 3 MINVALUE 100 MAXVALUE 999999 START WITH 200 CACHE 10 CYCLE;
