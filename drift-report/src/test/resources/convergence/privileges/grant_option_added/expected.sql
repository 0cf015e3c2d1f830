-- Drift fix script: makes target match reference
GRANT SELECT ON TABLE public.orders TO drift_o2_reader WITH GRANT OPTION;
