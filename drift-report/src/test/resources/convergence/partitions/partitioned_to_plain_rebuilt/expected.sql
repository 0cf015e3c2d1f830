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
ALTER SEQUENCE public.events_id_seq OWNED BY NONE;
-- long lock: copies every row of the table while it is read
CREATE TABLE public.events_drift_rows AS SELECT id, created_at, payload FROM public.events;
-- recreated: it depends on table public.events, which the fix drops or changes
ALTER TABLE public.notes DROP CONSTRAINT notes_event_id_fkey;
-- recreated: PostgreSQL cannot change it in place
-- data loss: drops the table and its partitions to build it again partitioned as the reference is; the rows are copied to public.events_drift_rows first and back after
DROP TABLE public.events;
CREATE TABLE public.events (
    id bigint DEFAULT nextval('public.events_id_seq'::regclass) NOT NULL,
    created_at date NOT NULL,
    payload text,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);
-- may fail: fails if a row fits no partition of the new partitioning or breaks one of the table's keys or checks
INSERT INTO public.events (id, created_at, payload) SELECT id, created_at, payload FROM public.events_drift_rows;
-- may fail: fails if existing rows violate it
ALTER TABLE public.notes ADD CONSTRAINT notes_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);
DROP TABLE public.events_drift_rows;
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
ALTER TABLE public.events OWNER TO postgres;
COMMIT;
