CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.feeling AS ENUM ('happy', 'ok', 'sad', 'angry');
CREATE TABLE public.people (id integer PRIMARY KEY, m public.feeling DEFAULT 'ok', ms public.feeling[]);
