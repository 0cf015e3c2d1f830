-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.v;
CREATE VIEW public.v AS
SELECT orders.id,
    (orders.total)::text AS total
   FROM public.orders;
ALTER VIEW public.v OWNER TO postgres;
COMMIT;
