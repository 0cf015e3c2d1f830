CREATE TYPE public.status AS ENUM ('new', 'paid');
CREATE TABLE public.customers (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL, status public.status NOT NULL DEFAULT 'new', amount int NOT NULL);
INSERT INTO public.customers SELECT g, 'c' || g FROM generate_series(1, 5) g;
INSERT INTO public.orders SELECT g, g % 5 + 1, 'new', g FROM generate_series(1, 25) g;
