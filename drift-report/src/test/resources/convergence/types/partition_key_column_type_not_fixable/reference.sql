CREATE TABLE public.readings (k bigint NOT NULL, v numeric) PARTITION BY HASH (k);
CREATE TABLE public.readings_0 PARTITION OF public.readings FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.readings_1 PARTITION OF public.readings FOR VALUES WITH (MODULUS 2, REMAINDER 1);
