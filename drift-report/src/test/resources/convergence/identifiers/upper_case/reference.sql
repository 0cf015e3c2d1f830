CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Orders" ("Id" int PRIMARY KEY, "CustomerName" text NOT NULL, "Total" numeric(10,2));
CREATE INDEX "IX_Orders_Total" ON "Sales"."Orders" ("Total");
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "CK_Total" CHECK ("Total" >= 0);
