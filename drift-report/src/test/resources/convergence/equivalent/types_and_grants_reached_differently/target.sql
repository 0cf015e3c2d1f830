DO $$ BEGIN CREATE ROLE drift_t3_clerk; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
-- The enum had a value more and the domain a shorter base type: both rebuilt by renaming the old type away,
-- creating the new one and converting the columns; the timestamp column was a bigint.
CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE DOMAIN public.code AS varchar(10) CHECK (VALUE <> '');
CREATE TABLE public.people (id integer PRIMARY KEY, m public.mood DEFAULT 'ok', ms public.mood[], code public.code, seen bigint);
ALTER TYPE public.mood RENAME TO mood_old;
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE public.people ALTER COLUMN m DROP DEFAULT;
ALTER TABLE public.people ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
ALTER TABLE public.people ALTER COLUMN ms TYPE public.mood[] USING ms::text::public.mood[];
ALTER TABLE public.people ALTER COLUMN m SET DEFAULT 'ok';
DROP TYPE public.mood_old;
ALTER DOMAIN public.code RENAME TO code_old;
CREATE DOMAIN public.code AS varchar(20);
ALTER DOMAIN public.code ADD CONSTRAINT code_check CHECK (VALUE <> '');
ALTER TABLE public.people ALTER COLUMN code TYPE public.code USING code::text::public.code;
DROP DOMAIN public.code_old;
ALTER TABLE public.people ALTER COLUMN seen TYPE timestamp USING seen::text::timestamp;
CREATE VIEW public.happy AS SELECT id FROM public.people WHERE m = 'happy';
GRANT SELECT (id) ON public.people TO drift_t3_clerk;
GRANT SELECT (m) ON public.people TO drift_t3_clerk;
GRANT UPDATE (m) ON public.people TO drift_t3_clerk;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO drift_t3_clerk;
ALTER DEFAULT PRIVILEGES REVOKE INSERT ON TABLES FROM drift_t3_clerk;
