-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_title_idx ON public.docs USING btree (title);
