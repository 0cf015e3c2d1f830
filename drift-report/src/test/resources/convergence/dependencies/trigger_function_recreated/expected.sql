-- Drift fix script: makes target match reference
BEGIN;
CREATE OR REPLACE FUNCTION public.tg()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;
CREATE FUNCTION public.tg(integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT $1 $function$;
COMMIT;
