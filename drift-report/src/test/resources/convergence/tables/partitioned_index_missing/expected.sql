-- Drift fix script: makes target match reference
BEGIN;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX events_id_created_key ON public.events USING btree (id, created_at);
-- long lock: builds the index while writes to the table wait
CREATE INDEX "events payload" ON public.events USING btree (payload);
COMMIT;
