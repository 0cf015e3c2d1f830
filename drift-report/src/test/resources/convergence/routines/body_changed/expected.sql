-- Drift fix script: makes target match reference
CREATE OR REPLACE FUNCTION public.add_tax(amount numeric)
 RETURNS numeric
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT amount * 1.2 $function$;
