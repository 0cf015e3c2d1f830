-- Drift fix script: makes target match reference
BEGIN;
REVOKE UPDATE ON TABLE public.orders FROM drift_t3_clerk;
GRANT UPDATE (status) ON TABLE public.orders TO drift_t3_clerk;
COMMIT;
