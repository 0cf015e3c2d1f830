CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int, note text);
INSERT INTO public.orders SELECT g, g % 10, 'n' || g FROM generate_series(1, 100) g;
