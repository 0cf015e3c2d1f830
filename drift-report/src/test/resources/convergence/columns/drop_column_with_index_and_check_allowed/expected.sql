-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops an index the reference does not have; queries that use it slow down
DROP INDEX public.items_score_idx;
-- data loss: drops the column and the data in it
ALTER TABLE public.items DROP COLUMN score;
COMMIT;
