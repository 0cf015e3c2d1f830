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
-- data loss: the generated column is dropped and added again with its new definition
ALTER TABLE public.items DROP COLUMN total;
-- data loss: re-adds the generated column dropped above
-- table rewrite: computes the column for every row
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS (((price * (qty)::numeric) * (2)::numeric)) STORED;
COMMIT;
