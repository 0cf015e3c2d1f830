CREATE SCHEMA "données";
CREATE TABLE "données"."naïve_ünïcödé" ("größe" int PRIMARY KEY, "名前" text DEFAULT '日本語', "emoji_🙂" text CHECK ("emoji_🙂" <> '🙁'));
CREATE SEQUENCE "données"."séquence";
