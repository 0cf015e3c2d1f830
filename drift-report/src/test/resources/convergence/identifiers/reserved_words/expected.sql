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
CREATE SCHEMA "select";
CREATE TABLE "select"."from" (
    "where" integer,
    "limit" integer,
    CONSTRAINT from_limit_key UNIQUE ("limit")
);
CREATE TABLE "select"."table" (
    "order" integer NOT NULL,
    "user" text,
    "group" integer,
    "check" integer,
    "default" text DEFAULT 'default'::text,
    CONSTRAINT table_check_check CHECK (("check" > 0)),
    CONSTRAINT table_pkey PRIMARY KEY ("order")
);
-- may fail: fails if existing rows violate it
ALTER TABLE "select"."from" ADD CONSTRAINT from_where_fkey FOREIGN KEY ("where") REFERENCES "select"."table"("order");
-- long lock: builds the index while writes to the table wait
CREATE INDEX index ON "select"."table" USING btree ("user", "group");
COMMIT;
