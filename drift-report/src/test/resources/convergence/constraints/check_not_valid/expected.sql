-- Drift fix script: makes target match reference
ALTER TABLE public.kids ADD CONSTRAINT kids_age_check CHECK ((age > 0)) NOT VALID;
