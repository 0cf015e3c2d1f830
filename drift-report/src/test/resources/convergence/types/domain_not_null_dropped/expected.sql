-- Drift fix script: makes target match reference
ALTER DOMAIN public.code DROP NOT NULL;
