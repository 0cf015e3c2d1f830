-- Drift fix script: makes target match reference
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app REVOKE INSERT, SELECT ON TABLES FROM drift_o2_writer;
