-- Drift fix script: makes target match reference
ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'ok';
