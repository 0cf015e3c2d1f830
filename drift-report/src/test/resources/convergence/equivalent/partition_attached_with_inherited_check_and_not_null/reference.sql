CREATE TABLE public.events (id int CONSTRAINT "Positive id" CHECK (id > 0), at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
