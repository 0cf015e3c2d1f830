-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.by_hash (
    id bigint NOT NULL,
    v text
) PARTITION BY HASH (id);
CREATE TABLE public.by_region (
    region text NOT NULL,
    amount numeric
) PARTITION BY LIST (region);
COMMIT;
