CREATE TABLE public.base (id int, note text);
CREATE TABLE public.keeps () INHERITS (public.base);
CREATE TABLE public.loses (extra int) INHERITS (public.base);
