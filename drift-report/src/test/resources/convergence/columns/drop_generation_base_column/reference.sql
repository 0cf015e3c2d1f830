CREATE TABLE public.t (id int, total bigint);
