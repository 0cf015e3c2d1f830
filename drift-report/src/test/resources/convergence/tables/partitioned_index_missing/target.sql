CREATE TABLE public.events (id bigint NOT NULL, created_at date NOT NULL, payload text) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
