-- Drift fix script: makes target match reference
-- may fail: fails if the column holds nulls or has a default
ALTER TABLE public.items ALTER COLUMN seq_no ADD GENERATED ALWAYS AS IDENTITY;
