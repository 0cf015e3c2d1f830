-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: drops an index the reference does not have; queries that use it slow down)
--   DROP INDEX public.docs_title_idx;
