CREATE COLLATION public.sorting (PROVIDER = icu, LOCALE = 'de');
CREATE TABLE public.items (id int PRIMARY KEY, name text);
CREATE INDEX items_name_sorted ON public.items (name COLLATE public.sorting);
