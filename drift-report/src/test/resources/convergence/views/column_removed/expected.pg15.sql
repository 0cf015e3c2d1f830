-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.open_orders;
CREATE VIEW public.open_orders AS
SELECT orders.id,
    orders.customer
   FROM public.orders
  WHERE (orders.status = 'new'::text);
ALTER VIEW public.open_orders OWNER TO postgres;
COMMIT;
