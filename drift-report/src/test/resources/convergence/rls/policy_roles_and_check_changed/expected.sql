-- Drift fix script: makes target match reference
ALTER POLICY own ON public.docs TO drift_o2_reader, drift_o2_writer WITH CHECK ((owner = CURRENT_USER));
