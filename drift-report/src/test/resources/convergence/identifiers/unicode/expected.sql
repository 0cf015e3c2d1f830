-- Drift fix script: makes target match reference
BEGIN;
CREATE SEQUENCE "données"."séquence";
CREATE TABLE "données"."naïve_ünïcödé" (
    "größe" integer NOT NULL,
    "名前" text DEFAULT '日本語'::text,
    "emoji_🙂" text,
    CONSTRAINT "naïve_ünïcödé_emoji_🙂_check" CHECK (("emoji_🙂" <> '🙁'::text)),
    CONSTRAINT "naïve_ünïcödé_pkey" PRIMARY KEY ("größe")
);
COMMIT;
