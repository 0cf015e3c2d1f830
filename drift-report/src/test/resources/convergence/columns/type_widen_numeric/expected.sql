-- Drift fix script: makes target match reference
ALTER TABLE public.items ALTER COLUMN price TYPE numeric(14,2);
