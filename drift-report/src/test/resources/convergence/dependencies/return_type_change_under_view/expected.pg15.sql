-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.v;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.rate();
CREATE FUNCTION public.rate()
 RETURNS numeric
 LANGUAGE sql
AS $function$ SELECT 1.2 $function$;
CREATE VIEW public.v AS
SELECT orders.id,
    (orders.total * public.rate()) AS gross
   FROM public.orders;
ALTER ROUTINE public.rate() OWNER TO postgres;
ALTER VIEW public.v OWNER TO postgres;
COMMIT;
