-- Drift fix script: makes target match reference
CREATE UNLOGGED TABLE public.cache (
    k text NOT NULL,
    v jsonb,
    CONSTRAINT cache_pkey PRIMARY KEY (k)
);
