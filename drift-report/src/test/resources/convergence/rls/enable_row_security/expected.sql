-- Drift fix script: makes target match reference
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
