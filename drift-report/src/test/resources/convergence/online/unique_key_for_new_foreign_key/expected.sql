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
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY countries_code_key ON public.countries USING btree (code);
BEGIN;
ALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE USING INDEX countries_code_key;
-- may fail: fails if existing rows violate it
ALTER TABLE public.addresses ADD CONSTRAINT addresses_country_fk FOREIGN KEY (country_code) REFERENCES public.countries(code);
COMMENT ON CONSTRAINT addresses_country_fk ON public.addresses IS 'where the address is';
COMMIT;
