-- Drift fix script: makes target match reference
BEGIN;
-- recreated: PostgreSQL cannot change it in place
DROP MATERIALIZED VIEW public.totals;
-- long lock: runs the query to populate the materialized view
CREATE MATERIALIZED VIEW public.totals AS
SELECT orders.customer,
    sum(orders.total) AS total
   FROM public.orders
  GROUP BY orders.customer;
-- long lock: builds the index while writes to the table wait
CREATE INDEX totals_customer ON public.totals USING btree (customer);
ALTER MATERIALIZED VIEW public.totals OWNER TO postgres;
COMMIT;
