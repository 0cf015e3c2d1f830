CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int);
INSERT INTO public.customers SELECT g, 'c' || g FROM generate_series(1, 10) g;
INSERT INTO public.orders SELECT g, g % 10 + 1 FROM generate_series(1, 30) g;
