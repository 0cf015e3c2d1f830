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
-- recreated: it depends on view public.recent_readings, which the fix drops or changes
DROP FUNCTION public.latest();
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.recent_readings;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.readings ALTER COLUMN v TYPE bigint;
CREATE VIEW public.recent_readings AS
SELECT readings.id,
    readings.v
   FROM public.readings
  WHERE (readings.v > 0);
CREATE FUNCTION public.latest()
 RETURNS SETOF public.recent_readings
 LANGUAGE sql
AS $function$SELECT * FROM public.recent_readings$function$;
ALTER ROUTINE public.latest() OWNER TO postgres;
ALTER VIEW public.recent_readings OWNER TO postgres;
REVOKE EXECUTE ON ROUTINE public.latest() FROM PUBLIC;
GRANT EXECUTE ON ROUTINE public.latest() TO drift_o2_reader;
GRANT SELECT ON TABLE public.recent_readings TO drift_o2_reader;
COMMIT;
