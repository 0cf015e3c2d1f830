-- Drift fix script: makes target match reference
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.readings ALTER COLUMN v TYPE numeric;

-- Not fixable by a statement:
--   column public.readings.k is part of the partition key of public.readings: PostgreSQL cannot change its type from integer to bigint without rebuilding the table
