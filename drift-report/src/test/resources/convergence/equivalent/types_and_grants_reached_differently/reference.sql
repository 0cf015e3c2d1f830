DO $$ BEGIN CREATE ROLE drift_t3_clerk; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.code AS varchar(20) CHECK (VALUE <> '');
CREATE TABLE public.people (id integer PRIMARY KEY, m public.mood DEFAULT 'ok', ms public.mood[], code public.code, seen timestamp);
CREATE VIEW public.happy AS SELECT id FROM public.people WHERE m = 'happy';
GRANT SELECT (id, m), UPDATE (m) ON public.people TO drift_t3_clerk;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO drift_t3_clerk;
