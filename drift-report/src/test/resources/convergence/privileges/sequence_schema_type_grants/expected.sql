-- Drift fix script: makes target match reference
BEGIN;
GRANT USAGE ON SCHEMA app TO drift_o2_reader;
GRANT SELECT, USAGE ON SEQUENCE app.seq TO drift_o2_writer;
REVOKE USAGE ON TYPE app.code FROM PUBLIC;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO drift_o2_reader;
COMMIT;
