CREATE TABLE public.base (id int);
CREATE TABLE public.keeps (id int, CONSTRAINT pos CHECK (id > 0)) INHERITS (public.base);
CREATE TABLE public.loses () INHERITS (public.base);
