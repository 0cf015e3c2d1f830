CREATE TABLE public.base (id int, "select" text);
CREATE TABLE public.child (id int, "select" text, extra int) INHERITS (public.base);
