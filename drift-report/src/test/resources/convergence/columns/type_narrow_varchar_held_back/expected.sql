-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Held back: 1 destructive statement(s), not run. Allow destructive changes to include them.
--   (data loss: changing character varying(40) to character varying(10) can alter or reject existing values)
--   ALTER TABLE public.items ALTER COLUMN code TYPE character varying(10) USING code::character varying(10);
