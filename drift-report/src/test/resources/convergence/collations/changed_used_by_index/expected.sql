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
-- recreated: it depends on collation public.sorting, which the fix drops or changes
DROP INDEX public.items_name_sorted;
-- recreated: PostgreSQL cannot change it in place
DROP COLLATION public.sorting;
CREATE COLLATION public.sorting (PROVIDER = icu, LOCALE = 'sv');
-- long lock: builds the index while writes to the table wait
CREATE INDEX items_name_sorted ON public.items USING btree (name COLLATE public.sorting);
ALTER COLLATION public.sorting OWNER TO postgres;
COMMIT;
