CREATE TABLE public.events (id integer PRIMARY KEY, at timestamp);
