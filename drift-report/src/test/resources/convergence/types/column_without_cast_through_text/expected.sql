-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET search_path = pg_catalog, pg_temp;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET DateStyle = ISO, MDY;
SET IntervalStyle = postgres;
SET xmloption = content;
SET array_nulls = on;
SET lc_monetary = 'C';
SET quote_all_identifiers = off;
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
