-- Drift fix script: makes target match reference
BEGIN;
ALTER TYPE public.mood ADD VALUE 'bad' BEFORE 'sad';
ALTER TYPE public.mood ADD VALUE 'awful' BEFORE 'bad';
COMMIT;
