-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE public."user" ALTER COLUMN "desc" SET DEFAULT 'x'::text;
-- may fail: fails if the column holds nulls or has a default
ALTER TABLE public."user" ALTER COLUMN "limit" ADD GENERATED ALWAYS AS IDENTITY;
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."user" ALTER COLUMN "order" TYPE bigint;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."user" ALTER COLUMN "order" SET NOT NULL;
COMMIT;
