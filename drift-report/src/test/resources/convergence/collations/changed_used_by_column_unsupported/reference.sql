CREATE COLLATION public.sorting (PROVIDER = icu, LOCALE = 'sv');
CREATE TABLE public.items (id int PRIMARY KEY, name text COLLATE public.sorting);
