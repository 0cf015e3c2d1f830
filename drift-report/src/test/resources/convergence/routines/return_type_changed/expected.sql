-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.add_tax(numeric);
CREATE FUNCTION public.add_tax(amount numeric)
 RETURNS double precision
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT (amount * 1.2)::float8 $function$;
ALTER ROUTINE public.add_tax(numeric) OWNER TO postgres;
COMMIT;
