-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
-- Nothing to run.

-- Not fixable by a statement:
--   collation public.sorting differs, and PostgreSQL can only drop it and create it again, which it refuses while column public.items.name uses it; Drift does not convert a column to another collation and back (drop the column's use of it, or make the change by hand)
