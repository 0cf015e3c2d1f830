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
DROP FUNCTION public.cheer(public.mood);
-- data loss: the type is rebuilt (labels differ): renamed, created again as the reference has it, its columns converted through text (a value it no longer has makes that fail), the old type dropped; what names it is dropped and created again
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- recreated: it depends on type public.mood, which the fix drops or changes
ALTER DOMAIN public.good_mood RENAME TO good_mood_old;
CREATE DOMAIN public.good_mood AS public.mood CONSTRAINT good_mood_check CHECK ((VALUE <> 'sad'::public.mood));
CREATE FUNCTION public.cheer(m public.mood)
 RETURNS public.mood
 LANGUAGE sql IMMUTABLE
AS $function$ SELECT 'happy'::public.mood $function$;
-- may fail: converts each value through its text form: a value the rebuilt type public.good_mood does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.people ALTER COLUMN m TYPE public.good_mood USING m::text::public.good_mood;
DROP DOMAIN public.good_mood_old;
DROP TYPE public.mood_old;
ALTER ROUTINE public.cheer(public.mood) OWNER TO postgres;
ALTER DOMAIN public.good_mood OWNER TO postgres;
ALTER TYPE public.mood OWNER TO postgres;
COMMIT;
