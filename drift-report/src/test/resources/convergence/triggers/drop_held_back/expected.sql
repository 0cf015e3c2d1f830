-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: drops a trigger the reference does not have; what it did stops)
--   DROP TRIGGER orders_touch ON public.orders;
