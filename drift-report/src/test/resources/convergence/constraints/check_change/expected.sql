-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.kids DROP CONSTRAINT kids_age_check;
-- may fail: fails if existing rows violate it
ALTER TABLE public.kids ADD CONSTRAINT kids_age_check CHECK (((age >= 0) AND (age <= 21)));
COMMIT;
