CREATE TABLE public.t (id serial PRIMARY KEY, v text);
INSERT INTO public.t (v) VALUES ('a'), ('b'), ('c');
