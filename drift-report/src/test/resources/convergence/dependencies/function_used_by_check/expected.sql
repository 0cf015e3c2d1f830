-- Drift fix script: makes target match reference
BEGIN;
CREATE FUNCTION public.positive(numeric)
 RETURNS boolean
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT $1 > 0 $function$;
-- may fail: fails if existing rows violate it
ALTER TABLE public.orders ADD CONSTRAINT total_positive CHECK (public.positive(total));
COMMIT;
