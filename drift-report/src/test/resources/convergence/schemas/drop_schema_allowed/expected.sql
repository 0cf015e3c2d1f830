-- Drift fix script: makes target match reference
-- data loss: drops the schema scratch
DROP SCHEMA scratch;
