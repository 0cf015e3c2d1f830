CREATE TABLE public.items (id int PRIMARY KEY, price numeric(14,2));
