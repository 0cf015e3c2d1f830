CREATE TABLE public.base (id int, note text);
CREATE TABLE public.child () INHERITS (public.base);
