CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN public.good_mood AS public.mood CHECK (VALUE <> 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, m public.good_mood);
CREATE FUNCTION public.cheer(m public.mood) RETURNS public.mood LANGUAGE sql IMMUTABLE AS $$ SELECT 'happy'::public.mood $$;
GRANT USAGE ON TYPE public.mood TO PUBLIC;
