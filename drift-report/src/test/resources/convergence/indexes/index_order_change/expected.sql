-- Drift fix script: makes target match reference
BEGIN;
DROP INDEX public.docs_created_idx;
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_created_idx ON public.docs USING btree (created_at DESC NULLS LAST);
COMMIT;
