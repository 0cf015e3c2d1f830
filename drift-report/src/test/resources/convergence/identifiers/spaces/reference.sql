CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."order items" ("item id" int PRIMARY KEY, "unit price" numeric DEFAULT 0, " lead" text);
CREATE INDEX "order items by price" ON "my schema"."order items" ("unit price");
