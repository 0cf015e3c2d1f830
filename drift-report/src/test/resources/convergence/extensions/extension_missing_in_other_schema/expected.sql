-- Drift fix script: makes target match reference
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;
