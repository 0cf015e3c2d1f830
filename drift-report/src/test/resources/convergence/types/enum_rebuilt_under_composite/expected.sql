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
-- recreated: the default is removed and set again: it depends on type public.mood, which the fix drops or changes
ALTER TABLE public.events ALTER COLUMN m DROP DEFAULT;
-- data loss: the type is rebuilt (labels differ): renamed, created again as the reference has it, its columns converted through text (a value it no longer has makes that fail), the old type dropped; what names it is dropped and created again
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- recreated: it depends on type public.mood, which the fix drops or changes
ALTER TYPE public.entry RENAME TO entry_old;
CREATE TYPE public.entry AS (at date, m public.mood);
-- may fail: converts each value through its text form: a value the rebuilt type public.entry does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.diary ALTER COLUMN e TYPE public.entry USING e::text::public.entry;
-- may fail: converts each value through its text form: a value the rebuilt type public.entry does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.diary ALTER COLUMN es TYPE public.entry[] USING es::text::public.entry[];
DROP TYPE public.entry_old;
-- may fail: converts each value through its text form: a value the rebuilt type public.mood does not accept makes it fail
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.events ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
ALTER TABLE public.events ALTER COLUMN m SET DEFAULT 'happy'::public.mood;
DROP TYPE public.mood_old;
ALTER TYPE public.entry OWNER TO postgres;
ALTER TYPE public.mood OWNER TO postgres;
COMMIT;
