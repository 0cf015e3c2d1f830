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
ALTER TABLE public.items ALTER COLUMN name TYPE text;

-- Held back: 2 statement(s), not run: 1 destructive, 1 dependent on a held one. Allow destructive changes to include them.
--   (data loss: drops the column and the data in it)
--   ALTER TABLE public.items DROP COLUMN extra;
--   (may fail: held back: an object that depends on it must be dropped first, and that drop is held back)
--   DROP COLLATION public.ci;
