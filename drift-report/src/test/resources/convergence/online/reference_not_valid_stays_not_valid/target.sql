CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int, amount int);
INSERT INTO public.orders VALUES (1, 42, -5);
