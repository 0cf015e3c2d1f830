-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;
-- data loss: changing text to integer can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN code TYPE integer USING code::integer;
ALTER TABLE public.t ALTER COLUMN code SET DEFAULT 0;
COMMIT;
