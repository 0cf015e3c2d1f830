CREATE TYPE public.num_range AS RANGE (subtype = numeric);
