-- Drift fix script: makes target match reference
ALTER TABLE public.items ADD COLUMN qty integer DEFAULT 0 NOT NULL;
