-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX totals_customer ON public.totals USING btree (customer);
