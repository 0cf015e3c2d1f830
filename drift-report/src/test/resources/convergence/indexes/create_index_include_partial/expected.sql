-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX docs_score_idx ON public.docs USING btree (score) INCLUDE (title) WHERE ((score > 10) AND (body IS NOT NULL));
