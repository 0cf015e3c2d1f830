-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Not fixable by a statement:
--   column public.items.price cannot be dropped or changed while column public.items.doubled depends on it, and Drift does not drop and create again a generated column
