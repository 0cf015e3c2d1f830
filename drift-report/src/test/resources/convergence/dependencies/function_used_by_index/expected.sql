-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.lower_customer(text)
 RETURNS text
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT lower($1) $function$;
-- long lock: builds the index while writes to the table wait
CREATE INDEX orders_lower ON public.orders USING btree (public.lower_customer(customer));
COMMIT;
