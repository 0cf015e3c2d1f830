CREATE TABLE public.items (id int PRIMARY KEY, code varchar(10));
