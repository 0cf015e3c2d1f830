-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_lower_title_idx ON public.docs USING btree (lower(title), ((score * 2)));
