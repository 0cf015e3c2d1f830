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
-- long lock: copies every row of the table while it is read
CREATE TABLE public.events_drift_rows AS SELECT id, created_at, payload FROM public.events;
-- recreated: it depends on table public.events, which the fix drops or changes
DROP VIEW public.recent;
-- recreated: PostgreSQL cannot change it in place
-- data loss: drops the table and its partitions to build it again partitioned as the reference is; the rows are copied to public.events_drift_rows first and back after
DROP TABLE public.events;
CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at date NOT NULL,
    payload text,
    CONSTRAINT events_pkey PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- may fail: fails if a row fits no partition of the new partitioning or breaks one of the table's keys or checks
INSERT INTO public.events (id, created_at, payload) SELECT id, created_at, payload FROM public.events_drift_rows;
DROP TABLE public.events_drift_rows;
-- long lock: builds the index while writes to the table wait
CREATE INDEX events_payload ON public.events USING btree (payload);
CREATE VIEW public.recent AS
SELECT events.id,
    events.payload
   FROM public.events
  WHERE (events.created_at > '2024-06-01'::date);
ALTER TABLE public.events OWNER TO postgres;
ALTER VIEW public.recent OWNER TO postgres;
COMMENT ON TABLE public.events IS 'all events';
GRANT SELECT ON TABLE public.events TO drift_part_reader;
COMMIT;
