DO $$ BEGIN CREATE ROLE drift_o2_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.readings (id integer PRIMARY KEY, v integer);
CREATE VIEW public.recent_readings AS SELECT id, v FROM public.readings WHERE v > 0;
GRANT SELECT ON public.recent_readings TO drift_o2_reader;
CREATE FUNCTION public.latest() RETURNS SETOF public.recent_readings LANGUAGE sql AS 'SELECT * FROM public.recent_readings';
REVOKE EXECUTE ON FUNCTION public.latest() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.latest() TO drift_o2_reader;
