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
DROP MATERIALIZED VIEW public.open_orders;
-- long lock: runs the query to populate the materialized view
-- runs code: runs its query now to fill it: every function the query calls runs, with the rights of the role that runs the script
CREATE MATERIALIZED VIEW public.open_orders WITH (fillfactor='50') AS
SELECT id,
    status
   FROM public.orders
  WHERE (status = 'open'::text);
ALTER MATERIALIZED VIEW public.open_orders OWNER TO postgres;
COMMIT;
