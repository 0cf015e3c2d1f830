CREATE SCHEMA "we""ird";
CREATE TABLE "we""ird"."ta""ble" ("co""l" int PRIMARY KEY, "x'y" text DEFAULT 'it''s');
CREATE INDEX "in""dex" ON "we""ird"."ta""ble" ("x'y");
CREATE SEQUENCE "we""ird"."se""q" OWNED BY "we""ird"."ta""ble"."co""l";
