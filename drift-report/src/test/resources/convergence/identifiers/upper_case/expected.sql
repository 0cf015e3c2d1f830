-- Drift fix script: makes target match reference
BEGIN;
-- may fail: fails if the column holds nulls
-- long lock: scans the whole table under an ACCESS EXCLUSIVE lock
ALTER TABLE "Sales"."Orders" ALTER COLUMN "CustomerName" SET NOT NULL;
ALTER TABLE "Sales"."Orders" ADD COLUMN "Total" numeric(10,2);
-- may fail: fails if existing rows violate it
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "CK_Total" CHECK (("Total" >= (0)::numeric));
-- long lock: builds the index while writes to the table wait
CREATE INDEX "IX_Orders_Total" ON "Sales"."Orders" USING btree ("Total");
COMMIT;
