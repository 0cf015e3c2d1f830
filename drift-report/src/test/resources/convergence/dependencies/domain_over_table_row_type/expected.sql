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
CREATE TABLE public.address (
    street text,
    city text
);
CREATE DOMAIN public.known_address AS public.address CONSTRAINT known_address_check CHECK (((VALUE).city IS NOT NULL));
CREATE TABLE public.customers (
    id integer NOT NULL,
    home public.known_address,
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
COMMIT;
