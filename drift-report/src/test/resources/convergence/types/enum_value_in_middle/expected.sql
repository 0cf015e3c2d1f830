-- Drift fix script: makes target match reference
BEGIN;
ALTER TYPE public.mood ADD VALUE 'meh' AFTER 'sad';
ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'meh';
COMMIT;
