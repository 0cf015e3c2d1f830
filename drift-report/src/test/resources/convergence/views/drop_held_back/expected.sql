-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: drops a view the reference does not have; what reads it fails)
--   DROP VIEW public.open_orders;
