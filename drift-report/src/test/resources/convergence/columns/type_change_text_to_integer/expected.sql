-- Drift fix script: makes target match reference
-- data loss: changing text to integer can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN code TYPE integer USING code::integer;
