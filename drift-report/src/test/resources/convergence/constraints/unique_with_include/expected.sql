-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_age_key;
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.kids ADD CONSTRAINT kids_age_key UNIQUE (age) INCLUDE (parent_id);
COMMIT;
