-- Drift fix script: makes target match reference
-- data loss: the partition's rows no longer appear in public.events
ALTER TABLE public.events DETACH PARTITION public.events_2025;
