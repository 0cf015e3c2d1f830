-- Drift fix script: makes target match reference
BEGIN;
-- data loss: the partition's rows no longer appear in public.events
ALTER TABLE public.events DETACH PARTITION public.events_2024;
-- may fail: fails if the table's columns differ from the parent's or a row lies outside the bound
-- long lock: scans the table to check the bound unless a constraint proves it
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
COMMIT;
