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
    id bigint GENERATED ALWAYS AS IDENTITY,
    code character varying(20) NOT NULL,
    qty integer DEFAULT 1 NOT NULL,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT orders_code_key UNIQUE (code),
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_qty_check CHECK ((qty > 0))
);
-- long lock: builds the index while writes to the table wait
CREATE INDEX orders_created_idx ON public.orders USING btree (created_at DESC);
COMMIT;
