-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: drops the materialized view and the rows it holds)
--   DROP MATERIALIZED VIEW public.totals;
