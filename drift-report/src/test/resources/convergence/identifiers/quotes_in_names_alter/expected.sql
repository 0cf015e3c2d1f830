-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops the column and the data in it
ALTER TABLE public."ta""ble" DROP COLUMN "ex""tra";
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."ta""ble" ALTER COLUMN "co""l" TYPE bigint;
ALTER TABLE public."ta""ble" ALTER COLUMN "co""l" SET DEFAULT 5;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE public."ta""ble" ALTER COLUMN "co""l" SET NOT NULL;
ALTER TABLE public."ta""ble" ALTER COLUMN "x'y" TYPE text COLLATE pg_catalog."C";
-- may fail: fails if existing rows violate it
ALTER TABLE public."ta""ble" ADD CONSTRAINT "ch""k" CHECK (("co""l" > 0));
COMMIT;
