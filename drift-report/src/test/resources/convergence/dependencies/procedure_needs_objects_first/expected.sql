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
CREATE TYPE public.level AS ENUM ('info', 'warn');
CREATE TABLE public.audit (
    id bigint GENERATED ALWAYS AS IDENTITY,
    note text NOT NULL,
    CONSTRAINT audit_pkey PRIMARY KEY (id)
);
CREATE FUNCTION public.count_notes()
 RETURNS bigint
 LANGUAGE sql STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.audit;
END;
CREATE PROCEDURE public.log_level(IN l public.level, IN n text)
 LANGUAGE sql
BEGIN ATOMIC
 INSERT INTO public.audit (note)
   VALUES ((((log_level.l)::text || ': '::text) || log_level.n));
END;
CREATE PROCEDURE public.log_note(IN n text)
 LANGUAGE sql
AS $procedure$ INSERT INTO public.audit (note) VALUES (n) $procedure$;
CREATE FUNCTION public.notes_of(l public.level)
 RETURNS SETOF text
 LANGUAGE sql STABLE
RETURN (SELECT audit.note FROM public.audit WHERE (audit.note ~~ ((notes_of.l)::text || ':%'::text)) LIMIT 1);
COMMIT;
