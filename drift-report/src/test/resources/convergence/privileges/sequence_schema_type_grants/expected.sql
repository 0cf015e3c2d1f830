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
-- grants power: gives drift_o2_reader a privilege on schema app
GRANT USAGE ON SCHEMA app TO drift_o2_reader;
-- grants power: gives drift_o2_writer a privilege on sequence app.seq
GRANT SELECT, USAGE ON SEQUENCE app.seq TO drift_o2_writer;
REVOKE USAGE ON TYPE app.code FROM PUBLIC;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
-- grants power: gives drift_o2_reader a privilege on type app.mood
GRANT USAGE ON TYPE app.mood TO drift_o2_reader;
COMMIT;
