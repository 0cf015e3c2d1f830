-- Drift fix script: makes target match reference
CREATE OR REPLACE FUNCTION public.twice(value integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT $1 * 2 $function$;
