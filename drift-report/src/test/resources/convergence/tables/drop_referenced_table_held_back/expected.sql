-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 2 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: removes a constraint the reference does not have; the data it guarded may change)
--   ALTER TABLE public.customers DROP CONSTRAINT customers_region_fk;
--   (data loss: drops the table and every row in it)
--   DROP TABLE public.regions;
