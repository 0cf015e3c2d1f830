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
-- data loss: the type is rebuilt (subtype, subtypeOpclass differ): renamed, created again as the reference has it, its columns converted through text (a value it no longer has makes that fail), the old type dropped; what names it is dropped and created again
ALTER TYPE public.num_range RENAME TO num_range_old;
ALTER TYPE public.num_multirange RENAME TO num_multirange_old;
ALTER FUNCTION public.num_multirange() RENAME TO num_multirange_old;
ALTER FUNCTION public.num_multirange(public.num_range_old) RENAME TO num_multirange_old;
ALTER FUNCTION public.num_multirange(public.num_range_old[]) RENAME TO num_multirange_old;
ALTER FUNCTION public.num_range(bigint, bigint) RENAME TO num_range_old;
ALTER FUNCTION public.num_range(bigint, bigint, text) RENAME TO num_range_old;
CREATE TYPE public.num_range AS RANGE (SUBTYPE = numeric, SUBTYPE_OPCLASS = pg_catalog.numeric_ops, MULTIRANGE_TYPE_NAME = public.num_multirange);
-- may fail: converts each value through its text form: a value the rebuilt type public.num_range does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.prices ALTER COLUMN band TYPE public.num_range USING band::text::public.num_range;
-- may fail: converts each value through its text form: a value the rebuilt type public.num_range does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.prices ALTER COLUMN bands TYPE public.num_multirange USING bands::text::public.num_multirange;
DROP TYPE public.num_range_old;
ALTER TYPE public.num_range OWNER TO postgres;
COMMIT;
