-- Drift fix script: makes target match reference
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
