-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET search_path = pg_catalog, pg_temp;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET DateStyle = ISO, MDY;
SET IntervalStyle = postgres;
SET xmloption = content;
SET array_nulls = on;
SET lc_monetary = 'C';
SET quote_all_identifiers = off;
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
