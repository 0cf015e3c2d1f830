-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Not fixable by a statement:
--   type public.mood cannot be rebuilt: column public.events.m uses it and is part of the partition key of public.events, whose type PostgreSQL cannot change without rebuilding the table
