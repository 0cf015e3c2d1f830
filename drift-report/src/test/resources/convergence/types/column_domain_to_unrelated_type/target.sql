CREATE DOMAIN public.day_number AS integer CHECK (VALUE > 0);
CREATE TABLE public.log (id integer PRIMARY KEY, day public.day_number);
INSERT INTO public.log VALUES (1, 20240105);
