-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: an unlogged table is emptied after a crash, and replicas stop receiving its rows (it is empty on a promoted standby))
--   (table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock)
--   ALTER TABLE public.cache SET UNLOGGED;
