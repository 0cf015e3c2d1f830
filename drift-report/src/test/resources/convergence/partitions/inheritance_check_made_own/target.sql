CREATE TABLE public.base (id int CONSTRAINT pos CHECK (id > 0));
CREATE TABLE public.child (extra int) INHERITS (public.base);
