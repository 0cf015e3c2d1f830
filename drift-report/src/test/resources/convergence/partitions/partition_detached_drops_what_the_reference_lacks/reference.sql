CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload text CHECK (payload <> '')) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 (id bigint NOT NULL, at date NOT NULL);
