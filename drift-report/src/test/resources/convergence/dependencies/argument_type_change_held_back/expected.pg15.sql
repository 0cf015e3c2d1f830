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
CREATE FUNCTION public.tax(v bigint)
 RETURNS bigint
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT v / 5 $function$;

-- Held back: 4 statement(s), not run: 1 destructive, 3 dependent on a held one. Allow destructive changes to include them.
--   (data loss: drops a routine the reference does not have; callers fail)
--   DROP FUNCTION public.tax(integer);
--   (recreated: it depends on routine public.tax(integer), which the fix drops or changes)
--   (may fail: held back with the change of routine public.tax(integer) it makes way for)
--   DROP VIEW public.taxed;
--   (may fail: held back with the change of routine public.tax(integer) it makes way for)
--   CREATE VIEW public.taxed AS SELECT orders.id,     public.tax((orders.total)::bigint) AS tax    FROM public.orders;
--   (may fail: held back with the re-creation of view public.taxed)
--   ALTER VIEW public.taxed OWNER TO postgres;
