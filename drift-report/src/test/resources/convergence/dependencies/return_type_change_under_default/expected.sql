-- Drift fix script: makes target match reference
BEGIN;
-- recreated: the default is removed and set again: it depends on routine public.start_status(), which the fix drops or changes
ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.start_status();
CREATE FUNCTION public.start_status()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'new' $function$;
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT public.start_status();
ALTER ROUTINE public.start_status() OWNER TO postgres;
COMMIT;
