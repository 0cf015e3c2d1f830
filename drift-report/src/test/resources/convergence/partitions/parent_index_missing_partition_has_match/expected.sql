-- Drift fix script: makes target match reference
BEGIN;
-- long lock: builds the index while writes to the table wait
CREATE INDEX events_payload ON public.events USING btree (payload);
ALTER INDEX public.e24_payload RENAME TO events_2024_payload_idx;
COMMIT;
