-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on routine public.norm(text), which the fix drops or changes
DROP INDEX public.orders_norm;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.norm(text);
CREATE FUNCTION public.norm(v text)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT lower(v) $function$;
-- long lock: builds the index while writes to the table wait
CREATE INDEX orders_norm ON public.orders USING btree (public.norm(customer));
ALTER ROUTINE public.norm(text) OWNER TO postgres;
COMMIT;
