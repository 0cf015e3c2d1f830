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
ALTER TABLE public.people ALTER COLUMN m DROP DEFAULT;
-- data loss: PostgreSQL has no cast from public.mood to public.feeling: each value is converted through its text form, which fails for a value whose text public.feeling does not accept
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.people ALTER COLUMN m TYPE public.feeling USING m::text::public.feeling;
ALTER TABLE public.people ALTER COLUMN m SET DEFAULT 'ok'::public.feeling;
-- data loss: PostgreSQL has no cast from public.mood[] to public.feeling[]: each value is converted through its text form, which fails for a value whose text public.feeling[] does not accept
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.people ALTER COLUMN ms TYPE public.feeling[] USING ms::text::public.feeling[];
COMMIT;
