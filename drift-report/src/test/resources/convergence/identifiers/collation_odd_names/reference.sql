CREATE SCHEMA "Coll Schema";
CREATE COLLATION "Coll Schema"."my ""quoted"" coll" (LOCALE = 'C');
CREATE COLLATION public."Größe ü" (PROVIDER = icu, LOCALE = 'de');
CREATE TABLE public.items (id int PRIMARY KEY, name text COLLATE "Coll Schema"."my ""quoted"" coll");
COMMENT ON COLLATION public."Größe ü" IS 'it''s odd';
