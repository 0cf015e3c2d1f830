CREATE TABLE public.base (id int, CONSTRAINT pos CHECK (id > 0));
CREATE TABLE public.child (id int, extra int, CONSTRAINT pos CHECK (id > 0)) INHERITS (public.base);
