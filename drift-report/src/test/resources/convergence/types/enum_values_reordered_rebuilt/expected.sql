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
-- data loss: the type is rebuilt (labels differ): renamed, created again as the reference has it, its columns converted through text (a value it no longer has makes that fail), the old type dropped; what names it is dropped and created again
ALTER TYPE public.size RENAME TO size_old;
CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');
-- may fail: converts each value through its text form: a value the rebuilt type public.size does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.shirts ALTER COLUMN s TYPE public.size USING s::text::public.size;
-- may fail: converts each value through its text form: a value the rebuilt type public.size does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.shirts ALTER COLUMN sizes TYPE public.size[] USING sizes::text::public.size[];
DROP TYPE public.size_old;
ALTER TYPE public.size OWNER TO postgres;
COMMIT;
