DO $$ BEGIN CREATE ROLE drift_part_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.events (id bigint NOT NULL, created_at date NOT NULL, payload text, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE public.events_low PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.events_high PARTITION OF public.events FOR VALUES FROM (1000) TO (MAXVALUE);
CREATE INDEX events_payload ON public.events (payload);
INSERT INTO public.events VALUES (1, '2024-03-01', 'a'), (2000, '2025-05-01', 'b');
GRANT SELECT ON public.events TO drift_part_reader;
COMMENT ON TABLE public.events IS 'all events';
CREATE VIEW public.recent AS SELECT id, payload FROM public.events WHERE created_at > '2024-06-01';
