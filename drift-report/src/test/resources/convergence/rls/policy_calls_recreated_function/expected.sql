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
-- recreated: it depends on routine public.allowed(text), which the fix drops or changes
DROP POLICY by_owner ON public.docs;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.allowed(text);
CREATE FUNCTION public.allowed(t text)
 RETURNS boolean
 LANGUAGE sql STABLE
AS $function$ SELECT t = current_user $function$;
-- grants power: lets public see or change the rows its expressions admit
CREATE POLICY by_owner ON public.docs USING (public.allowed(owner));
ALTER ROUTINE public.allowed(text) OWNER TO postgres;
COMMIT;
