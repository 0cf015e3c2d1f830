-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: the partition's rows no longer appear in public.events)
--   ALTER TABLE public.events DETACH PARTITION public.events_2025;
