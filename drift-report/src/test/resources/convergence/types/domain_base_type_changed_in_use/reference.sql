CREATE DOMAIN public.code AS varchar(20) CHECK (VALUE <> '');
CREATE TABLE public.items (id integer PRIMARY KEY, code public.code DEFAULT 'x');
