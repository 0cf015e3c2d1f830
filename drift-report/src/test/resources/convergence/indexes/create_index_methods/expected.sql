-- Drift fix script: makes target match reference
BEGIN;
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_created_brin ON public.docs USING brin (created_at);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_id_hash ON public.docs USING hash (id);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_period_gist ON public.docs USING gist (period);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_tags_gin ON public.docs USING gin (tags);
COMMIT;
