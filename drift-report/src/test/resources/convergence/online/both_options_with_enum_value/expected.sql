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
ALTER TYPE public.status ADD VALUE 'shipped' AFTER 'paid';
BEGIN;
ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'shipped'::public.status;
ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK ((amount > 0)) NOT VALID;
COMMIT;
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON public.customers USING btree (email);
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders USING btree (status) WHERE (status <> 'shipped'::public.status);
BEGIN;
ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
COMMENT ON INDEX public.orders_status_idx IS 'open orders';
COMMIT;
BEGIN;
-- may fail: fails if existing rows violate it; the constraint then stays NOT VALID (new and updated rows are still checked)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_amount_check;
-- may fail: fails if existing rows violate it; the constraint then stays NOT VALID (new and updated rows are still checked)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
COMMIT;
