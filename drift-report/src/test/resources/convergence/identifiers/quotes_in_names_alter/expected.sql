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
-- data loss: drops the column and the data in it
ALTER TABLE public."ta""ble" DROP COLUMN "ex""tra";
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."ta""ble" ALTER COLUMN "co""l" TYPE bigint;
ALTER TABLE public."ta""ble" ALTER COLUMN "co""l" SET DEFAULT 5;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."ta""ble" ALTER COLUMN "co""l" SET NOT NULL;
ALTER TABLE public."ta""ble" ALTER COLUMN "x'y" TYPE text COLLATE pg_catalog."C";
-- may fail: fails if existing rows violate it
ALTER TABLE public."ta""ble" ADD CONSTRAINT "ch""k" CHECK (("co""l" > 0));
COMMIT;
