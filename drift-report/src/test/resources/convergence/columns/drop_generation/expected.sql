-- Drift fix script: makes target match reference
ALTER TABLE public.items ALTER COLUMN total DROP EXPRESSION;
