-- Drift fix script: makes target match reference
COMMENT ON POLICY own ON public.docs IS 'only your own';
