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
CREATE TABLE public.invoices (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    total numeric(12,2),
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX invoices_customer_total_key ON public.invoices USING btree (customer_id, total);
-- long lock: builds the index while writes to the table wait
CREATE INDEX invoices_customer_id_idx ON public.invoices USING btree (customer_id);
COMMIT;
