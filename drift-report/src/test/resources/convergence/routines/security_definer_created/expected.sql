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
-- grants power: runs with the rights of its owner (SECURITY DEFINER), whoever calls it
CREATE FUNCTION public.log_event(what text)
 RETURNS void
 LANGUAGE plpgsql SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$BEGIN INSERT INTO public.audit VALUES (now(), what); END$function$;
-- grants power: makes drift_definer_owner the owner of public.log_event(text): an owner may change, drop and grant it
ALTER ROUTINE public.log_event(text) OWNER TO drift_definer_owner;
COMMIT;
