-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.big_orders;
ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2);
CREATE VIEW public.big_orders AS
SELECT orders.id,
    orders.total
   FROM public.orders
  WHERE (orders.total > (100)::numeric);
ALTER VIEW public.big_orders OWNER TO drift_gaps_owner;
COMMENT ON VIEW public.big_orders IS 'orders over 100';
GRANT SELECT ON TABLE public.big_orders TO drift_gaps_reader;
COMMIT;
