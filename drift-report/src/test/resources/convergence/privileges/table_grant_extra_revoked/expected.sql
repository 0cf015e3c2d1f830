-- Drift fix script: makes target match reference
REVOKE DELETE ON TABLE public.orders FROM drift_o2_writer;
