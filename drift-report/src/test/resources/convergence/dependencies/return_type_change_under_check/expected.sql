-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on routine public.ok(numeric), which the fix drops or changes
ALTER TABLE public.orders DROP CONSTRAINT total_ok;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.ok(numeric);
CREATE FUNCTION public.ok(numeric)
 RETURNS boolean
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT $1 >= 0 $function$;
-- may fail: fails if existing rows violate it
ALTER TABLE public.orders ADD CONSTRAINT total_ok CHECK (public.ok(total));
ALTER ROUTINE public.ok(numeric) OWNER TO postgres;
COMMIT;
