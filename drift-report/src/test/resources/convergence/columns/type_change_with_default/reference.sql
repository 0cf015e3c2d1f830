CREATE TABLE public.items (id int PRIMARY KEY, qty bigint DEFAULT 1);
