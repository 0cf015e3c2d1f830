-- Drift fix script: makes target match reference
BEGIN;
REVOKE SELECT (secret) ON TABLE public.orders FROM drift_o2_reader;
GRANT SELECT (total), UPDATE (total) ON TABLE public.orders TO drift_o2_reader;
COMMIT;
