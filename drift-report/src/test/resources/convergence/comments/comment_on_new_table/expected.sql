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
CREATE TABLE public.orders (
    id integer NOT NULL,
    total numeric,
    CONSTRAINT orders_pk PRIMARY KEY (id)
);
-- long lock: builds the index while writes to the table wait
CREATE INDEX orders_total ON public.orders USING btree (total);
COMMENT ON COLUMN public.orders.id IS 'Key';
COMMENT ON CONSTRAINT orders_pk ON public.orders IS 'the key';
COMMENT ON INDEX public.orders_total IS 'for reports';
COMMENT ON TABLE public.orders IS 'Customer orders';
COMMIT;
