-- Drift fix script: makes target match reference
GRANT SELECT ON TABLE public.lookup TO PUBLIC;
