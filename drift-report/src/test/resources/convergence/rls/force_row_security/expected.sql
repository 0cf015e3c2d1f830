-- Drift fix script: makes target match reference
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;
