-- Drift fix script: makes target match reference
DROP POLICY own ON public.docs;
