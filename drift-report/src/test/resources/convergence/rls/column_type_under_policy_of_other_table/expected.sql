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
-- recreated: it depends on column public.members.level, which the fix drops or changes
DROP POLICY members_only ON public.docs;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.members ALTER COLUMN level TYPE bigint;
-- grants power: lets public see or change the rows its expressions admit
CREATE POLICY members_only ON public.docs USING ((EXISTS ( SELECT 1
   FROM public.members m
  WHERE ((m.name = docs.owner) AND (m.level > 1)))));
COMMIT;
