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
-- recreated: it depends on view public.v, which the fix drops or changes
DROP VIEW public.w;
-- recreated: PostgreSQL cannot change it in place
DROP VIEW public.v;
ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2);
CREATE VIEW public.v AS
SELECT id,
    total
   FROM public.orders;
CREATE VIEW public.w AS
SELECT id
   FROM public.v
  WHERE (total > (1)::numeric);
ALTER VIEW public.v OWNER TO postgres;
ALTER VIEW public.w OWNER TO postgres;
COMMIT;
