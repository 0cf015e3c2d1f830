-- Drift fix script: makes target match reference
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
