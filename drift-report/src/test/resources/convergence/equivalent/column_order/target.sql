CREATE TABLE public.t (id int, b text, a text);
