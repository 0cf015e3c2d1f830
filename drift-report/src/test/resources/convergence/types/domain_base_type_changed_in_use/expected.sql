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
-- recreated: the default is removed and set again: it depends on type public.code, which the fix drops or changes
ALTER TABLE public.items ALTER COLUMN code DROP DEFAULT;
-- data loss: the type is rebuilt (baseType differ): renamed, created again as the reference has it, its columns converted through text (a value it no longer has makes that fail), the old type dropped; what names it is dropped and created again
ALTER DOMAIN public.code RENAME TO code_old;
CREATE DOMAIN public.code AS character varying(20) CONSTRAINT code_check CHECK (((VALUE)::text <> ''::text));
-- may fail: converts each value through its text form: a value the rebuilt type public.code does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN code TYPE public.code USING code::text::public.code;
ALTER TABLE public.items ALTER COLUMN code SET DEFAULT 'x'::character varying;
DROP DOMAIN public.code_old;
ALTER DOMAIN public.code OWNER TO postgres;
COMMIT;
