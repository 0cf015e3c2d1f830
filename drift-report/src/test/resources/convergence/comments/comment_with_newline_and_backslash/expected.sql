-- Drift fix script: makes target match reference
COMMENT ON TABLE public.t IS E'line one
line two \\ end';
