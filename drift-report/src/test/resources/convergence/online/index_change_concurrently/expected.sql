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
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- recreated: dropped and built again concurrently: queries run without it until the new one is built
-- may fail: if it fails part-way the index is left INVALID (no longer used, still maintained): run it again
DROP INDEX CONCURRENTLY public.orders_lookup_idx;
BEGIN;
DROP INDEX public.orders_code_key;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX orders_code_key ON public.orders USING btree (code, customer_id);
COMMIT;
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE INDEX CONCURRENTLY orders_lookup_idx ON public.orders USING btree (customer_id, created);
