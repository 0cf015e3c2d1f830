-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX docs_title_key ON public.docs USING btree (title);
