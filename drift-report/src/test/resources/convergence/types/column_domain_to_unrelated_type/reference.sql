CREATE DOMAIN public.day_number AS integer CHECK (VALUE > 0);
CREATE TABLE public.log (id integer PRIMARY KEY, day date);
