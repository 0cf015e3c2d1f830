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
ALTER TABLE public."user" ALTER COLUMN "desc" SET DEFAULT 'x'::text;
-- may fail: fails if the column holds nulls or has a default
ALTER TABLE public."user" ALTER COLUMN "limit" ADD GENERATED ALWAYS AS IDENTITY;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."user" ALTER COLUMN "order" TYPE bigint;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."user" ALTER COLUMN "order" SET NOT NULL;
COMMIT;
