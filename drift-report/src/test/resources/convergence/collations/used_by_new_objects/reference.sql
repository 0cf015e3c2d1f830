CREATE SCHEMA app;
CREATE COLLATION app.ci (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE COLLATION app.by_c (LOCALE = 'C');
CREATE DOMAIN app.ci_text AS text COLLATE app.ci;
CREATE TABLE public.items (id int PRIMARY KEY, code app.ci_text, label varchar(20) COLLATE app.by_c, name text COLLATE app.ci);
CREATE INDEX items_label_c ON public.items (label COLLATE app.by_c);
