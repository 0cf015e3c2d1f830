-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.next_status()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'open' $function$;
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT public.next_status();
COMMIT;
