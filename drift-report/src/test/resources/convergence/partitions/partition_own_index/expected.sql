-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX events_2024_local ON public.events_2024 USING btree (id) WHERE (payload IS NULL);
