CREATE TYPE public.num_range AS RANGE (subtype = numeric);
CREATE TABLE public.prices (id integer PRIMARY KEY, band public.num_range, bands public.num_multirange);
