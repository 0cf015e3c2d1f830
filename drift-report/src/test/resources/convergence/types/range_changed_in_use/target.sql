CREATE TYPE public.num_range AS RANGE (subtype = int8);
CREATE TABLE public.prices (id integer PRIMARY KEY, band public.num_range, bands public.num_multirange);
INSERT INTO public.prices VALUES (1, '[1,10)', '{[1,3), [5,7)}');
