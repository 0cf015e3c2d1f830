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
-- may fail: fails if the table lacks a column of the parent
ALTER TABLE public."Other Kid" INHERIT public.base;
ALTER TABLE public.base ADD COLUMN "Parent Only" text;
-- may fail: fails if existing rows violate it
ALTER TABLE public.base ADD CONSTRAINT "Short" CHECK ((length("Parent Only") < 10));
-- long lock: builds the index while writes to the table wait
CREATE INDEX "Other Kid parent only" ON public."Other Kid" USING btree ("Parent Only");
-- long lock: builds the index while writes to the table wait
CREATE INDEX base_parent_only ON public.base USING btree ("Parent Only");
COMMIT;
