-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_parent_fk;
DROP INDEX public.parents_code_key;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX parents_code_key ON public.parents USING btree (code) WITH (fillfactor='70');
-- may fail: fails if existing rows violate it
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_code) REFERENCES public.parents(code);
COMMIT;
