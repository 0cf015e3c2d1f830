-- Drift fix script: makes target match reference
BEGIN;
CREATE SCHEMA "we""ird";
CREATE SEQUENCE "we""ird"."se""q";
CREATE TABLE "we""ird"."ta""ble" (
    "co""l" integer NOT NULL,
    "x'y" text DEFAULT 'it''s'::text,
    CONSTRAINT "ta""ble_pkey" PRIMARY KEY ("co""l")
);
-- long lock: builds the index while writes to the table wait
CREATE INDEX "in""dex" ON "we""ird"."ta""ble" USING btree ("x'y");
ALTER SEQUENCE "we""ird"."se""q" OWNED BY "we""ird"."ta""ble"."co""l";
COMMIT;
