-- Drift fix script: makes target match reference
BEGIN;
COMMENT ON SCHEMA app IS 'application';
COMMENT ON SEQUENCE app.seq IS 'numbers';
COMMENT ON TYPE app.code IS 'codes';
COMMENT ON TYPE app.mood IS 'moods';
COMMIT;
