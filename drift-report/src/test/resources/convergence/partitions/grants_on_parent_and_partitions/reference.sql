DO $$ BEGIN CREATE ROLE drift_part_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
GRANT SELECT ON public.events TO drift_part_reader;
GRANT SELECT, INSERT ON public.events_2025 TO drift_part_reader;
COMMENT ON TABLE public.events IS 'all events';
COMMENT ON TABLE public.events_2024 IS 'old events';
