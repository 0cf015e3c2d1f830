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
-- data loss: goes with its table, which is dropped
ALTER TABLE public.a DROP CONSTRAINT a_b_fk;
-- data loss: goes with its table, which is dropped
ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;
-- data loss: drops the table and every row in it
DROP TABLE public.a;
-- data loss: drops the table and every row in it
DROP TABLE public.b;
COMMIT;
