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
-- may fail: fails if the table's columns differ from the parent's or a row lies outside the bound
-- long lock: scans the table to check the bound unless a constraint proves it
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.events ADD COLUMN payload text;
-- may fail: fails if existing rows violate it
ALTER TABLE public.events ADD CONSTRAINT payload_set CHECK ((payload <> ''::text));
COMMIT;
