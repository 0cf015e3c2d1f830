-- Drift fix script: makes target match reference
CREATE OR REPLACE FUNCTION public.price(amount numeric, rate numeric DEFAULT 1.2, label text DEFAULT 'a, b'::text)
 RETURNS numeric
 LANGUAGE sql
AS $function$ SELECT amount * rate $function$;
