-- Drift fix script: makes target match reference
-- may fail: fails if existing rows violate it
ALTER TABLE public.kids VALIDATE CONSTRAINT kids_parent_fk;
