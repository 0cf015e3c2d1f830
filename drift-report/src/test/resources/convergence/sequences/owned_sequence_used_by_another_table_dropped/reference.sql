CREATE TABLE public.kept (id integer PRIMARY KEY);
