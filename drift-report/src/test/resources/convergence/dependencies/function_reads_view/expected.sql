-- Drift fix script: makes target match reference
BEGIN;
CREATE VIEW public.z_open AS
SELECT id
   FROM public.orders
  WHERE (status = 'new'::text);
CREATE FUNCTION public.a_open_count()
 RETURNS bigint
 LANGUAGE sql STABLE
AS $function$ SELECT count(*) FROM z_open $function$;
COMMIT;
