-- Drift fix script: makes target match reference
CREATE SCHEMA archive;
