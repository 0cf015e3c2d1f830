-- Drift fix script: makes target match reference
BEGIN;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX parents_code_key ON public.parents USING btree (code);
-- may fail: fails if existing rows violate it
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_code) REFERENCES public.parents(code);
COMMIT;
