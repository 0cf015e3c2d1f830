-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_parent_fk;
DROP INDEX public.parents_code_key;
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.parents ADD CONSTRAINT parents_code_key UNIQUE (code);
-- may fail: fails if existing rows violate it
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_code) REFERENCES public.parents(code);
COMMIT;
