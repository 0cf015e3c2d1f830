-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_age_key;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX kids_age_key ON public.kids USING btree (age);
COMMIT;
