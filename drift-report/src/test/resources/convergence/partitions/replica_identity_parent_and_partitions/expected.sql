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
CREATE TABLE public.audit (
    id integer NOT NULL,
    note text
);
ALTER TABLE public.events REPLICA IDENTITY FULL;
ALTER TABLE public.events_2024 REPLICA IDENTITY USING INDEX events_2024_pkey;
ALTER TABLE public.events_2025 REPLICA IDENTITY NOTHING;
ALTER TABLE public.other REPLICA IDENTITY DEFAULT;
-- long lock: builds the index while writes to the table wait
CREATE UNIQUE INDEX audit_id ON public.audit USING btree (id);
ALTER TABLE public.audit REPLICA IDENTITY USING INDEX audit_id;
COMMIT;
