-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.items ALTER COLUMN status SET DEFAULT 'open'::text;
ALTER TABLE public.items ALTER COLUMN ts SET DEFAULT now();
COMMIT;
