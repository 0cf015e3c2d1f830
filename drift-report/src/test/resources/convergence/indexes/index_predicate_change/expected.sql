-- Drift fix script: makes target match reference
BEGIN;
DROP INDEX public.docs_score_idx;
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_score_idx ON public.docs USING btree (score) WHERE (score > 100);
COMMIT;
