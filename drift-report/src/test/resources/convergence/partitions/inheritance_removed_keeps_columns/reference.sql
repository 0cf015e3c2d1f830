CREATE TABLE public.base (id int, note text);
CREATE TABLE public.child (id int, note text, extra int);
