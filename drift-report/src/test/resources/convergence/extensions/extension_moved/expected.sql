-- Drift fix script: makes target match reference
-- may fail: fails unless the extension is relocatable
ALTER EXTENSION citext SET SCHEMA ext;
