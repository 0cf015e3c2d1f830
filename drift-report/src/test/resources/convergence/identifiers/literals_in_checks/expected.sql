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
-- may fail: fails if existing rows violate it
ALTER TABLE public.t ADD CONSTRAINT a_no_semicolon CHECK (((a !~~ '%;%'::text) AND (a <> 'it''s'::text)));
-- may fail: fails if existing rows violate it
ALTER TABLE public.t ADD CONSTRAINT b_no_backslash CHECK ((POSITION(('\'::text) IN (b)) = 0));
-- may fail: fails if existing rows violate it
ALTER TABLE public.t ADD CONSTRAINT "c; check" CHECK ((c ~ '^[a-z]+$'::text));
-- long lock: builds the index while writes to the table wait
CREATE INDEX t_a_partial ON public.t USING btree (a) WHERE (a <> 'x;y''z'::text);
COMMIT;
