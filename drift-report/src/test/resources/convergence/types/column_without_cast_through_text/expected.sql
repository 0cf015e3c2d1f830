-- Drift fix script: makes target match reference
BEGIN;
-- data loss: PostgreSQL has no cast from bigint to timestamp without time zone: each value is converted through its text form, which fails for a value whose text timestamp without time zone does not accept
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.events ALTER COLUMN at TYPE timestamp without time zone USING at::text::timestamp without time zone;
-- data loss: PostgreSQL has no cast from integer to date: each value is converted through its text form, which fails for a value whose text date does not accept
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.events ALTER COLUMN day TYPE date USING day::text::date;
-- data loss: PostgreSQL has no cast from bigint to boolean: each value is converted through its text form, which fails for a value whose text boolean does not accept
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.events ALTER COLUMN flag TYPE boolean USING flag::text::boolean;
-- data loss: changing text to uuid can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.events ALTER COLUMN tag TYPE uuid USING tag::uuid;
COMMIT;
