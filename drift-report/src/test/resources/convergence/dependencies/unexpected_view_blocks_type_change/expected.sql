-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 2 statement(s), not run: 1 destructive, 1 dependent on a held one. Allow destructive changes to include them.
--   (data loss: drops a view the reference does not have; what reads it fails)
--   DROP VIEW public.extra;
--   (may fail: held back: an object that depends on it must be dropped first, and that drop is held back)
--   ALTER TABLE public.orders ALTER COLUMN total TYPE numeric(12,2);
