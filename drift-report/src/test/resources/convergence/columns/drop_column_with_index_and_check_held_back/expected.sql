-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 2 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: drops an index the reference does not have; queries that use it slow down)
--   DROP INDEX public.items_score_idx;
--   (data loss: drops the column and the data in it)
--   ALTER TABLE public.items DROP COLUMN score;
