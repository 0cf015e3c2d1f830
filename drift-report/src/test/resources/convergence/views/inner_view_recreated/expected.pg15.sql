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
-- recreated: it depends on view public.base, which the fix drops or changes
DROP VIEW public.outer_v;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.base;
CREATE VIEW public.base AS
SELECT orders.id
   FROM public.orders;
CREATE VIEW public.outer_v AS
SELECT base.id
   FROM public.base;
ALTER VIEW public.base OWNER TO postgres;
ALTER VIEW public.outer_v OWNER TO postgres;
COMMIT;
