-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: PostgreSQL has no cast from bigint to timestamp without time zone: each value is converted through its text form, which fails for a value whose text timestamp without time zone does not accept)
--   (table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock)
--   ALTER TABLE public.events ALTER COLUMN at TYPE timestamp without time zone USING at::text::timestamp without time zone;
