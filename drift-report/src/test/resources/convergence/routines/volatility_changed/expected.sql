-- Drift fix script: makes target match reference
ALTER FUNCTION public.add_tax(numeric) IMMUTABLE;
