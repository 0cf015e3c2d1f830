-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public.items ALTER COLUMN seq_no DROP IDENTITY;
ALTER TABLE public.items ALTER COLUMN seq_no DROP NOT NULL;
COMMIT;
