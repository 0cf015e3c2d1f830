-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.open_orders;
CREATE VIEW public.open_orders AS
SELECT id,
    customer
   FROM public.orders
  WHERE (status = 'new'::text);
ALTER VIEW public.open_orders OWNER TO postgres;
COMMIT;
