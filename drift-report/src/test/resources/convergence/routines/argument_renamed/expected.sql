-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.add_tax(numeric);
CREATE FUNCTION public.add_tax(value numeric)
 RETURNS numeric
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT value * 1.2 $function$;
ALTER ROUTINE public.add_tax(numeric) OWNER TO postgres;
COMMIT;
