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
-- recreated: it depends on routine public.tax(integer), which the fix drops or changes
DROP VIEW public.taxed;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.tax(integer);
CREATE FUNCTION public.tax(v bigint)
 RETURNS bigint
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT v / 5 $function$;
CREATE VIEW public.taxed AS
SELECT id,
    public.tax((total)::bigint) AS tax
   FROM public.orders;
ALTER VIEW public.taxed OWNER TO postgres;
COMMIT;
