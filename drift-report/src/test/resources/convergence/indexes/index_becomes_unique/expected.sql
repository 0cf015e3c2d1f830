-- Drift fix script: makes target match reference
BEGIN;
DROP INDEX public.docs_title_idx;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX docs_title_idx ON public.docs USING btree (title);
COMMIT;
