-- Drift fix script: makes target match reference
ALTER TABLE public.items ALTER COLUMN seq_no SET GENERATED ALWAYS SET START WITH 5;
