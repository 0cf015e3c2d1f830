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
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.readings ALTER COLUMN v TYPE numeric;

-- Not fixable by a statement:
--   column public.readings.k is part of the partition key of public.readings: PostgreSQL cannot change its type from integer to bigint without rebuilding the table
