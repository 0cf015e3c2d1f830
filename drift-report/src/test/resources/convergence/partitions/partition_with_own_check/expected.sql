-- Drift fix script: makes target match reference
CREATE TABLE public.events_2024 PARTITION OF public.events (
    CONSTRAINT positive_id CHECK ((id > 0))
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
