-- Drift fix script: makes target match reference
CREATE OR REPLACE FUNCTION public.one()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN 1; END $function$;
