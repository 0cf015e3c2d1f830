-- Drift fix script: makes target match reference
CREATE OR REPLACE FUNCTION public.price(amount numeric, rate numeric DEFAULT 1.25)
 RETURNS numeric
 LANGUAGE sql
AS $function$ SELECT amount * rate $function$;
