CREATE TABLE public.t (id int, a text, b text);
