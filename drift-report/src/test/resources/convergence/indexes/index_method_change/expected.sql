-- Drift fix script: makes target match reference
BEGIN;
DROP INDEX public.docs_id_idx;
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_id_idx ON public.docs USING hash (id);
COMMIT;
