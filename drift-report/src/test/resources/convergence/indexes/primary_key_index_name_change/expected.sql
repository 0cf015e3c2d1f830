-- Drift fix script: makes target match reference
BEGIN;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.docs DROP CONSTRAINT docs_pkey;
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.docs ADD CONSTRAINT docs_pk PRIMARY KEY (id);
COMMIT;
