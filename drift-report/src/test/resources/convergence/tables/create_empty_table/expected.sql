-- Drift fix script: makes target match reference
CREATE TABLE public.marker ();
