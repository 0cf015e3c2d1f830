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
-- recreated: it depends on routine public.visible(integer), which the fix drops or changes
DROP POLICY positive ON public.items;
-- recreated: the default is removed and set again: it depends on routine public.next_code(integer), which the fix drops or changes
ALTER TABLE public.items ALTER COLUMN code DROP DEFAULT;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.next_code(integer);
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.visible(integer);
CREATE FUNCTION public.next_code(n bigint)
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'c' || n $function$;
CREATE FUNCTION public.visible(n bigint)
 RETURNS boolean
 LANGUAGE sql STABLE
AS $function$ SELECT n > 0 $function$;
ALTER TABLE public.items ALTER COLUMN code SET DEFAULT public.next_code((1)::bigint);
-- grants power: lets public see or change the rows its expressions admit
CREATE POLICY positive ON public.items USING (public.visible((id)::bigint));
COMMIT;
