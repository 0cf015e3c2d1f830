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
CREATE FUNCTION public.lower_customer(text)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT lower($1) $function$;
-- long lock: builds the index while writes to the table wait
-- runs code: evaluates its expression for every row public.orders holds, calling code that is not PostgreSQL's own, with the rights of the role that runs the script
CREATE INDEX orders_lower ON public.orders USING btree (public.lower_customer(customer));
COMMIT;
