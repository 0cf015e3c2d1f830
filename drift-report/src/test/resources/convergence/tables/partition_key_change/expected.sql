-- Drift fix script: makes target match reference
-- Nothing to run.

-- Not fixable by a statement:
--   changed table public.events: partitionKey RANGE (id) -> RANGE (created_at) (a table's partitioning can only change by rebuilding it)
