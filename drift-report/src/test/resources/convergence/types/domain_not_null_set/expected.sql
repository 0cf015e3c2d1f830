-- Drift fix script: makes target match reference
-- may fail: fails if a column of the domain holds nulls
ALTER DOMAIN public.code SET NOT NULL;
