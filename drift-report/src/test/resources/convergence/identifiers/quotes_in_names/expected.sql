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
CREATE SCHEMA "we""ird";
CREATE SEQUENCE "we""ird"."se""q";
CREATE TABLE "we""ird"."ta""ble" (
    "co""l" integer NOT NULL,
    "x'y" text DEFAULT 'it''s'::text,
    CONSTRAINT "ta""ble_pkey" PRIMARY KEY ("co""l")
);
-- long lock: builds the index while writes to the table wait
CREATE INDEX "in""dex" ON "we""ird"."ta""ble" USING btree ("x'y");
ALTER SEQUENCE "we""ird"."se""q" OWNED BY "we""ird"."ta""ble"."co""l";
COMMIT;
