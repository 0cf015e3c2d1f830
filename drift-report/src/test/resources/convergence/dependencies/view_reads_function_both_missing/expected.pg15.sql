-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.vat()
 RETURNS numeric
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT 0.2 $function$;
CREATE VIEW public.a_gross AS
SELECT orders.id,
    (orders.total * ((1)::numeric + public.vat())) AS gross
   FROM public.orders;
COMMIT;
