-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on view public.base, which the fix drops or changes
DROP VIEW public.outer_v;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.base;
CREATE VIEW public.base AS
SELECT id
   FROM public.orders;
CREATE VIEW public.outer_v AS
SELECT id
   FROM public.base;
ALTER VIEW public.base OWNER TO postgres;
ALTER VIEW public.outer_v OWNER TO postgres;
COMMIT;
