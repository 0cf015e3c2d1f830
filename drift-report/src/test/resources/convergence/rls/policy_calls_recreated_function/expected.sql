-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on routine public.allowed(text), which the fix drops or changes
DROP POLICY by_owner ON public.docs;
-- recreated: PostgreSQL cannot change it in place
DROP FUNCTION public.allowed(text);
CREATE FUNCTION public.allowed(t text)
 RETURNS boolean
 LANGUAGE sql STABLE
AS $function$ SELECT t = current_user $function$;
CREATE POLICY by_owner ON public.docs USING (public.allowed(owner));
ALTER ROUTINE public.allowed(text) OWNER TO postgres;
COMMIT;
