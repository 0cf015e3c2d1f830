-- Drift fix script: makes target match reference
ALTER POLICY own ON public.docs USING (((owner = CURRENT_USER) OR (id < 0)));
