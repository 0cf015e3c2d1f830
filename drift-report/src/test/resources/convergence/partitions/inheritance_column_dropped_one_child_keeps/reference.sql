CREATE TABLE public.base (id int);
CREATE TABLE public.keeps (note text) INHERITS (public.base);
CREATE TABLE public.loses (extra int) INHERITS (public.base);
