DO $$ BEGIN CREATE ROLE drift_t3_clerk; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE drift_t3_auditor; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.orders (id integer PRIMARY KEY, status text, total numeric);
GRANT UPDATE (status), SELECT (id, total) ON public.orders TO drift_t3_clerk;
GRANT SELECT (id) ON public.orders TO drift_t3_auditor;
