CREATE TABLE public.base (id int CONSTRAINT pos CHECK (id > 0));
CREATE TABLE public.keeps (id int) INHERITS (public.base);
CREATE TABLE public.loses () INHERITS (public.base);
