CREATE COLLATION public.ci (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE TABLE public.items (id int PRIMARY KEY, name text COLLATE public.ci, extra text COLLATE public.ci);
