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
-- recreated: it depends on routine public.norm(text), which the fix drops or changes
DROP INDEX public.orders_norm;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.norm(text);
CREATE FUNCTION public.norm(v text)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT lower(v) $function$;
-- long lock: builds the index while writes to the table wait
-- runs code: evaluates its expression for every row public.orders holds, calling code that is not PostgreSQL's own, with the rights of the role that runs the script
CREATE INDEX orders_norm ON public.orders USING btree (public.norm(customer));
ALTER ROUTINE public.norm(text) OWNER TO postgres;
COMMIT;
