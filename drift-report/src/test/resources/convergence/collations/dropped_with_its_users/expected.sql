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
-- data loss: drops an index the reference does not have; queries that use it slow down
DROP INDEX public.items_name_c;
-- data loss: drops the column and the data in it
ALTER TABLE public.items DROP COLUMN extra;
-- data loss: drops the table and every row in it
DROP TABLE public.old_items;
ALTER TABLE public.items ALTER COLUMN name TYPE text;
DROP COLLATION public.ci;
COMMIT;
