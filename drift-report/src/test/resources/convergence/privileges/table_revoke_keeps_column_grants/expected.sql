-- Drift fix script: makes target match reference
BEGIN;
REVOKE SELECT ON TABLE public.orders FROM drift_t3_auditor;
GRANT SELECT (id) ON TABLE public.orders TO drift_t3_auditor;
REVOKE SELECT, UPDATE ON TABLE public.orders FROM drift_t3_clerk;
GRANT SELECT (id) ON TABLE public.orders TO drift_t3_clerk;
GRANT UPDATE (status) ON TABLE public.orders TO drift_t3_clerk;
GRANT SELECT (total) ON TABLE public.orders TO drift_t3_clerk;
COMMIT;
