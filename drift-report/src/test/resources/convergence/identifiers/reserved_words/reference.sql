CREATE SCHEMA "select";
CREATE TABLE "select"."table" ("order" int PRIMARY KEY, "user" text, "group" int, "check" int CHECK ("check" > 0), "default" text DEFAULT 'default');
CREATE TABLE "select"."from" ("where" int REFERENCES "select"."table"("order"), "limit" int UNIQUE);
CREATE INDEX "index" ON "select"."table" ("user", "group");
