CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.feeling AS ENUM ('happy', 'ok', 'sad', 'angry');
CREATE TABLE public.people (id integer PRIMARY KEY, m public.mood DEFAULT 'ok', ms public.mood[]);
INSERT INTO public.people VALUES (1, 'sad', '{sad,happy}'), (2, DEFAULT, NULL);
