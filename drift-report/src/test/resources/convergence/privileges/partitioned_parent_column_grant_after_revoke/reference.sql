DO $$ BEGIN CREATE ROLE drift_t3_clerk; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, status text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
GRANT UPDATE (status), SELECT (id) ON public.events TO drift_t3_clerk;
GRANT SELECT ON public.events_2024 TO drift_t3_clerk;
