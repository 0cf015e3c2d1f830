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
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_created_brin ON public.docs USING brin (created_at);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_id_hash ON public.docs USING hash (id);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_period_gist ON public.docs USING gist (period);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_tags_gin ON public.docs USING gin (tags);
COMMIT;
