-- Drift fix script: makes target match reference
BEGIN;
DROP INDEX public.docs_score_key;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX docs_score_key ON public.docs USING btree (score) NULLS NOT DISTINCT;
COMMIT;
