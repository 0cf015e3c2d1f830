-- Drift fix script: makes target match reference
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN name SET NOT NULL;
