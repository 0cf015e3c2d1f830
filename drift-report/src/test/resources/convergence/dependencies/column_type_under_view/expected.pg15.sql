-- Drift fix script: makes target match reference
BEGIN;
-- recreated: it depends on column public.orders.total, which the fix drops or changes
DROP VIEW public.v;
ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2);
CREATE VIEW public.v AS
SELECT orders.id
   FROM public.orders
  WHERE (orders.total > (0)::numeric);
ALTER VIEW public.v OWNER TO postgres;
COMMIT;
