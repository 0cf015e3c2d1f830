CREATE COLLATION public.by_c (LOCALE = 'C');
CREATE COLLATION public.case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE TABLE public.items (id int PRIMARY KEY);
