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
-- data loss: the table's rows no longer appear in public.base
ALTER TABLE public.child NO INHERIT public.base;
-- data loss: the table's rows no longer appear in public.other
ALTER TABLE public.child NO INHERIT public.other;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.child DROP CONSTRAINT note_set;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.child DROP CONSTRAINT tag_set;
-- data loss: drops the column and the data in it, which the table keeps as its own when it leaves public.base
ALTER TABLE public.child DROP COLUMN note;
-- data loss: drops the column and the data in it, which the table keeps as its own when it leaves public.other
ALTER TABLE public.child DROP COLUMN tag;
COMMIT;
