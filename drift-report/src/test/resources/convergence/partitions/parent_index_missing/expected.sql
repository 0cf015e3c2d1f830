-- Drift fix script: makes target match reference
-- long lock: builds the index while writes to the table wait
CREATE INDEX events_at ON public.events USING btree (at);
