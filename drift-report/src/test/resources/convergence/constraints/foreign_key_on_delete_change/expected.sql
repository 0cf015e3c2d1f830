-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_parent_fk;
-- may fail: fails if existing rows violate it
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) ON DELETE CASCADE;
COMMIT;
