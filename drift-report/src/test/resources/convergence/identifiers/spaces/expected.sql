-- Drift fix script: makes target match reference
BEGIN;
ALTER TABLE "my schema"."order items" ADD COLUMN " lead" text;
ALTER TABLE "my schema"."order items" ADD COLUMN "unit price" numeric DEFAULT 0;
-- long lock: builds the index while writes to the table wait
CREATE INDEX "order items by price" ON "my schema"."order items" USING btree ("unit price");
COMMIT;
