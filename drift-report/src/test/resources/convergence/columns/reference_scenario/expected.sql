-- Drift fix script: makes target match reference
ALTER TABLE public.orders ADD COLUMN external_id text;
