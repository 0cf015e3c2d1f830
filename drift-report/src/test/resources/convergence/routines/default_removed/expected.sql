-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.price(numeric, numeric);
CREATE FUNCTION public.price(amount numeric, rate numeric)
 RETURNS numeric
 LANGUAGE sql
AS $function$ SELECT amount * rate $function$;
ALTER ROUTINE public.price(numeric, numeric) OWNER TO postgres;
COMMIT;
