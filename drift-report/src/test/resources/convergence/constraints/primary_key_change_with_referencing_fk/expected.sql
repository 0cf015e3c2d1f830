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
ALTER TABLE public.c DROP CONSTRAINT c_a_fkey;
ALTER TABLE public.p DROP CONSTRAINT p_pkey;
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.p ADD CONSTRAINT p_a_key UNIQUE (a);
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (a, b);
-- may fail: fails if existing rows violate it
ALTER TABLE public.c ADD CONSTRAINT c_a_fkey FOREIGN KEY (a) REFERENCES public.p(a);
COMMIT;
