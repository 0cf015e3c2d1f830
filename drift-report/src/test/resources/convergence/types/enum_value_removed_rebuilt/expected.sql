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
-- recreated: it depends on type public.mood, which the fix drops or changes
DROP VIEW public.happy;
-- recreated: it depends on type public.mood, which the fix drops or changes
ALTER TABLE public.people DROP CONSTRAINT not_sad;
-- recreated: it depends on type public.mood, which the fix drops or changes
DROP INDEX public.happy_people;
-- recreated: the default is removed and set again: it depends on type public.mood, which the fix drops or changes
ALTER TABLE public.people ALTER COLUMN m DROP DEFAULT;
-- data loss: the type is rebuilt (labels differ): renamed, created again as the reference has it, its columns converted through text (a value it no longer has makes that fail), the old type dropped; what names it is dropped and created again
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
-- may fail: converts each value through its text form: a value the rebuilt type public.mood does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.people ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
ALTER TABLE public.people ALTER COLUMN m SET DEFAULT 'ok'::public.mood;
DROP TYPE public.mood_old;
-- may fail: fails if existing rows violate it
ALTER TABLE public.people ADD CONSTRAINT not_sad CHECK ((m <> 'sad'::public.mood));
-- long lock: builds the index while writes to the table wait
CREATE INDEX happy_people ON public.people USING btree (id) WHERE (m = 'happy'::public.mood);
CREATE VIEW public.happy AS
SELECT id
   FROM public.people
  WHERE (m = 'happy'::public.mood);
ALTER TYPE public.mood OWNER TO postgres;
ALTER VIEW public.happy OWNER TO postgres;
COMMENT ON TYPE public.mood IS 'how they feel';
COMMIT;
