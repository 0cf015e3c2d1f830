CREATE TABLE public.t (id bigint);
