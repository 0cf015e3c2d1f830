-- Drift fix script: makes target match reference
ALTER TABLE public.events ADD COLUMN source text;
