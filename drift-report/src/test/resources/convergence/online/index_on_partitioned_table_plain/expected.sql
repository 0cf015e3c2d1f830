-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX measurements_taken_idx ON public.measurements USING btree (taken);
