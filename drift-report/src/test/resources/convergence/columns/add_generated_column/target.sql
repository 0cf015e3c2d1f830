CREATE TABLE public.items (id int PRIMARY KEY, price numeric NOT NULL, qty int NOT NULL);
