-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.split(numeric);
CREATE FUNCTION public.split(whole numeric, OUT units integer, OUT cents integer)
 RETURNS record
 LANGUAGE sql
AS $function$ SELECT trunc(whole)::int, ((whole - trunc(whole)) * 100)::int $function$;
ALTER ROUTINE public.split(numeric) OWNER TO postgres;
COMMIT;
