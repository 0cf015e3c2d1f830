-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: changing bigint to integer can alter or reject existing values)
--   (table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock)
--   ALTER TABLE public.items ALTER COLUMN qty TYPE integer USING qty::integer;
