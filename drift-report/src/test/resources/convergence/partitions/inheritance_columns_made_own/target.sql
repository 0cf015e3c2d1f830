CREATE TABLE public.base (id int, "select" text);
CREATE TABLE public.child (extra int) INHERITS (public.base);
