-- Drift fix script: makes target match reference
CREATE FUNCTION public.add_tax(amount integer)
 RETURNS numeric
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT amount * 1.2 $function$;
