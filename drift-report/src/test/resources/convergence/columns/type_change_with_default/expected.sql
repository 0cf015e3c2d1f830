-- Drift fix script: makes target match reference
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN qty TYPE bigint;
