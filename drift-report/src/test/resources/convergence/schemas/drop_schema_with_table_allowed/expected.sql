-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops the table and every row in it
DROP TABLE scratch.tmp;
-- data loss: drops the schema scratch
DROP SCHEMA scratch;
COMMIT;
