CREATE TABLE public.tickets (id integer PRIMARY KEY, state text DEFAULT 'open', states text[]);
