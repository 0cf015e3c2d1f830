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
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE "Sales"."Orders" ALTER COLUMN "CustomerName" SET NOT NULL;
ALTER TABLE "Sales"."Orders" ADD COLUMN "Total" numeric(10,2);
-- may fail: fails if existing rows violate it
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "CK_Total" CHECK (("Total" >= (0)::numeric));
-- long lock: builds the index while writes to the table wait
CREATE INDEX "IX_Orders_Total" ON "Sales"."Orders" USING btree ("Total");
COMMIT;
