-- Drift fix script: makes target match reference
ALTER FUNCTION public.ids() ROWS 10;
