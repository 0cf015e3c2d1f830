CREATE TYPE public.size AS ENUM ('large', 'medium', 'small');
CREATE TABLE public.shirts (id integer PRIMARY KEY, s public.size, sizes public.size[]);
INSERT INTO public.shirts VALUES (1, 'small', '{large,small}');
