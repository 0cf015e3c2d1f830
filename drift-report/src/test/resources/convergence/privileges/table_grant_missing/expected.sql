-- Drift fix script: makes target match reference
GRANT INSERT, SELECT ON TABLE public.orders TO drift_o2_reader;
