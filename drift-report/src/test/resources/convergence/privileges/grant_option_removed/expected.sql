-- Drift fix script: makes target match reference
REVOKE GRANT OPTION FOR SELECT ON TABLE public.orders FROM drift_o2_reader;
