CREATE TABLE public.base (id int);
CREATE TABLE public.child (extra int) INHERITS (public.base);
