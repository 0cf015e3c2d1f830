CREATE TABLE public.events (id int CONSTRAINT "Positive id" CHECK (id > 0), at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 (id int CONSTRAINT "Positive id" CHECK (id > 0), at date NOT NULL);
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
