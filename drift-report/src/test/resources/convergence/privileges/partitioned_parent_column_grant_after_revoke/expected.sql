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
REVOKE SELECT, UPDATE ON TABLE public.events FROM drift_t3_clerk;
GRANT SELECT (id) ON TABLE public.events TO drift_t3_clerk;
-- grants power: gives drift_t3_clerk a privilege on column public.events.status
GRANT UPDATE (status) ON TABLE public.events TO drift_t3_clerk;
REVOKE UPDATE ON TABLE public.events_2024 FROM drift_t3_clerk;
COMMIT;
