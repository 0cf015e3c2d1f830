-- Drift fix script: makes target match reference
BEGIN;
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_body_c_idx ON public.docs USING btree (body COLLATE "C" DESC NULLS LAST, score NULLS FIRST);
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_title_pattern_idx ON public.docs USING btree (title text_pattern_ops);
COMMIT;
