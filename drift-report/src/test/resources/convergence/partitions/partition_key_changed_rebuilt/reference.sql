DO $$ BEGIN CREATE ROLE drift_part_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.events (id bigint NOT NULL, created_at date NOT NULL, payload text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_payload ON public.events (payload);
GRANT SELECT ON public.events TO drift_part_reader;
COMMENT ON TABLE public.events IS 'all events';
CREATE VIEW public.recent AS SELECT id, payload FROM public.events WHERE created_at > '2024-06-01';
