CREATE TABLE public.base (id int, note text);
CREATE TABLE public.child (note text, extra int) INHERITS (public.base);
