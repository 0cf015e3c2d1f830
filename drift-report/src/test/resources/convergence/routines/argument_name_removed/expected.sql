-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.twice(integer);
CREATE FUNCTION public.twice(integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT $1 * 2 $function$;
ALTER ROUTINE public.twice(integer) OWNER TO postgres;
COMMIT;
