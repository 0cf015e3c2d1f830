CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE INDEX events_payload ON ONLY public.events (payload);
CREATE TABLE public.events_2024 (id bigint NOT NULL, at date NOT NULL, payload text);
CREATE INDEX events_2024_payload_idx ON public.events_2024 (payload);
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
