-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 2 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: drops the table and every row in it)
--   DROP TABLE scratch.tmp;
--   (data loss: drops the schema scratch)
--   DROP SCHEMA scratch;
