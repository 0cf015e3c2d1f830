CREATE TABLE public.readings (k integer NOT NULL, v integer) PARTITION BY HASH (k);
CREATE TABLE public.readings_0 PARTITION OF public.readings FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO public.readings VALUES (1, 2), (2, 3);
