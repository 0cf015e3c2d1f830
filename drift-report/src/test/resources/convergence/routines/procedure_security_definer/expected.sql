-- Drift fix script: makes target match reference
ALTER PROCEDURE public.p(integer) SECURITY DEFINER;
