CREATE TYPE public.float_range AS RANGE (subtype = float8, subtype_diff = float8mi);
