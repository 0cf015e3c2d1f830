CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."order items" ("item id" int PRIMARY KEY);
