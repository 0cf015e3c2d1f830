-- Drift fix script: makes target match reference
BEGIN;
REVOKE DELETE ON TABLE public.orders FROM drift_o2_writer;
GRANT UPDATE ON TABLE public.orders TO drift_o2_writer;
COMMIT;
