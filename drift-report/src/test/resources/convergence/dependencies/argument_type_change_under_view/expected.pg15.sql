-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on routine public.tax(integer), which the fix drops or changes
DROP VIEW public.taxed;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.tax(integer);
CREATE FUNCTION public.tax(v bigint)
 RETURNS bigint
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT v / 5 $function$;
CREATE VIEW public.taxed AS
SELECT orders.id,
    public.tax((orders.total)::bigint) AS tax
   FROM public.orders;
ALTER VIEW public.taxed OWNER TO postgres;
COMMIT;
