CREATE TABLE public.base (id int);
CREATE TABLE public.child (note text) INHERITS (public.base);
