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
ALTER VIEW public.secure_orders SET (security_barrier = true);
-- long lock: runs the query to populate the materialized view
-- runs code: runs its query now to fill it: every function the query calls runs, with the rights of the role that runs the script
CREATE MATERIALIZED VIEW public.all_orders WITH (toast.autovacuum_enabled='false') AS
SELECT orders.id,
    orders.status
   FROM public.orders;
ALTER MATERIALIZED VIEW public.open_orders SET (autovacuum_enabled='false', fillfactor='50');
COMMIT;
