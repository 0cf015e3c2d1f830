-- Drift fix script: makes target match reference
BEGIN;
REVOKE SELECT, UPDATE ON TABLE public.events FROM drift_t3_clerk;
GRANT SELECT (id) ON TABLE public.events TO drift_t3_clerk;
GRANT UPDATE (status) ON TABLE public.events TO drift_t3_clerk;
REVOKE UPDATE ON TABLE public.events_2024 FROM drift_t3_clerk;
COMMIT;
