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
-- data loss: the partition's rows no longer appear in public.events
ALTER TABLE public.events DETACH PARTITION public.events_2025;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.events_2025 DROP CONSTRAINT events_payload_check;
-- data loss: drops the column and the data in it, which the table keeps as its own when it leaves public.events
ALTER TABLE public.events_2025 DROP COLUMN payload;
COMMIT;
