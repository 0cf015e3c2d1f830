-- Drift fix script: makes target match reference
BEGIN;
COMMENT ON TABLE public.events IS 'all events';
COMMENT ON TABLE public.events_2024 IS 'old events';
GRANT SELECT ON TABLE public.events TO drift_part_reader;
REVOKE SELECT ON TABLE public.events_2024 FROM drift_part_reader;
GRANT INSERT, SELECT ON TABLE public.events_2025 TO drift_part_reader;
COMMIT;
