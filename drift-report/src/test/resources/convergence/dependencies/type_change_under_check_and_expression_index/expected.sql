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
-- recreated: it depends on column public.items.code, which the fix drops or changes
ALTER TABLE public.items DROP CONSTRAINT code_upper;
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(20);
-- may fail: fails if existing rows violate it
ALTER TABLE public.items ADD CONSTRAINT code_upper CHECK ((upper((code)::text) = (code)::text));
COMMIT;
