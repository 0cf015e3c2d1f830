-- Drift fix script: makes target match reference
BEGIN;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN qty TYPE bigint;
ALTER TABLE public.items ALTER COLUMN qty SET DEFAULT 0;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ALTER COLUMN qty SET NOT NULL;
COMMIT;
