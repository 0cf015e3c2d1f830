CREATE TABLE public.events (id integer PRIMARY KEY, at bigint, day integer, flag bigint, tag text);
INSERT INTO public.events VALUES (1, 20240102, 20240103, 1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (2, NULL, NULL, 0, NULL);
