-- Drift fix script: makes target match reference
BEGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT USAGE ON SEQUENCES TO drift_o2_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES TO drift_o2_reader;
COMMIT;
