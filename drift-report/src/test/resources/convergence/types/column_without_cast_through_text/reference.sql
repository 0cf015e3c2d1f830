CREATE TABLE public.events (id integer PRIMARY KEY, at timestamp, day date, flag boolean, tag uuid);
