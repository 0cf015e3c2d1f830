CREATE DOMAIN public.code AS varchar(10) CHECK (VALUE <> '');
CREATE TABLE public.items (id integer PRIMARY KEY, code public.code DEFAULT 'x');
INSERT INTO public.items VALUES (1, 'abc');
