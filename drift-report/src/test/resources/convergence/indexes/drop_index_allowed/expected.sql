-- Drift fix script: makes target match reference
-- data loss: drops an index the reference does not have; queries that use it slow down
DROP INDEX public.docs_title_idx;
