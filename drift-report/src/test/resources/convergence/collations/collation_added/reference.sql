CREATE COLLATION public.by_c (LOCALE = 'C');
CREATE COLLATION public.c_utf8 (LC_COLLATE = 'C.utf8', LC_CTYPE = 'C.utf8');
CREATE COLLATION public.german_phone (PROVIDER = icu, LOCALE = 'de-u-co-phonebk');
CREATE COLLATION public.case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE TABLE public.items (id int PRIMARY KEY);
