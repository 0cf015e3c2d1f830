-- Drift fix script: makes target match reference
BEGIN;
COMMENT ON COLUMN public.orders.total IS 'Gross, in cents';
COMMENT ON TABLE public.orders IS 'Customer orders';
COMMIT;
