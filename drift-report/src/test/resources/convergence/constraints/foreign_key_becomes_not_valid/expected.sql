-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_parent_fk;
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) NOT VALID;
COMMIT;
