CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 (id bigint NOT NULL, at date NOT NULL, payload text);
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.events ADD PRIMARY KEY (id, at);
ALTER TABLE public.events ADD UNIQUE (payload, at);
CREATE INDEX events_payload ON public.events (payload);
