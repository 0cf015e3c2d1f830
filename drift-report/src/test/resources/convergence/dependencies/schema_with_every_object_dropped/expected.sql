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
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW app.open_jobs;
-- data loss: drops the materialized view and the rows it holds
DROP MATERIALIZED VIEW app.job_counts;
-- data loss: goes with its table, which is dropped
ALTER TABLE app.jobs DROP CONSTRAINT jobs_parent_fkey;
-- data loss: drops the table and every row in it
DROP TABLE app.jobs;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION app.next_id();
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION app.touch();
-- data loss: drops the sequence and its current value
DROP SEQUENCE app.ids;
-- data loss: drops the type; fails while a column or another object uses it
DROP DOMAIN app.base_row;
-- data loss: drops the table and every row in it
DROP TABLE app.base;
-- data loss: drops the type; fails while a column or another object uses it
DROP DOMAIN app.positive;
-- data loss: drops the type; fails while a column or another object uses it
DROP TYPE app.state;
-- data loss: drops the schema app
DROP SCHEMA app;
COMMIT;
