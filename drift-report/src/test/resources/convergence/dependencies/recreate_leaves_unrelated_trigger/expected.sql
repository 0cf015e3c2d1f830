-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.helper();
CREATE FUNCTION public.helper()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 1 $function$;
ALTER ROUTINE public.helper() OWNER TO postgres;
COMMIT;
