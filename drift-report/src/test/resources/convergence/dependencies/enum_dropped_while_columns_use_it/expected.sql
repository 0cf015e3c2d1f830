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
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW public.open_tickets;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.is_open(public.ticket_state);
ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;
-- data loss: changing public.ticket_state to text can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.tickets ALTER COLUMN state TYPE text USING state::text;
ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::text;
-- data loss: changing public.ticket_state[] to text[] can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.tickets ALTER COLUMN states TYPE text[] USING states::text[];
-- data loss: drops the type; fails while a column or another object uses it
DROP TYPE public.ticket_state;
COMMIT;
