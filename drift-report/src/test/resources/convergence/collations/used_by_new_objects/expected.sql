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
CREATE COLLATION app.by_c (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C');
CREATE COLLATION app.ci (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE DOMAIN app.ci_text AS text COLLATE app.ci;
ALTER TABLE public.items ADD COLUMN code app.ci_text;
ALTER TABLE public.items ADD COLUMN label character varying(20) COLLATE app.by_c;
ALTER TABLE public.items ADD COLUMN name text COLLATE app.ci;
-- long lock: builds the index while writes to the table wait
CREATE INDEX items_label_c ON public.items USING btree (label);
COMMIT;
