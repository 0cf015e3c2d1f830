-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_pkey;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.kids ALTER COLUMN age SET NOT NULL;
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.kids ADD CONSTRAINT kids_pkey PRIMARY KEY (id, age);
COMMIT;
