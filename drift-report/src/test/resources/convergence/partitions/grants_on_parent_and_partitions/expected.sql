-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET search_path = pg_catalog, pg_temp;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET DateStyle = ISO, MDY;
SET IntervalStyle = postgres;
SET xmloption = content;
SET array_nulls = on;
SET lc_monetary = 'C';
SET quote_all_identifiers = off;
BEGIN;
COMMENT ON TABLE public.events IS 'all events';
COMMENT ON TABLE public.events_2024 IS 'old events';
-- grants power: gives drift_part_reader a privilege on table public.events
GRANT SELECT ON TABLE public.events TO drift_part_reader;
REVOKE SELECT ON TABLE public.events_2024 FROM drift_part_reader;
-- grants power: gives drift_part_reader a privilege on table public.events_2025
GRANT INSERT, SELECT ON TABLE public.events_2025 TO drift_part_reader;
COMMIT;
