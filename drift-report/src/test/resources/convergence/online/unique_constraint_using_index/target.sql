CREATE TABLE public.products (id int PRIMARY KEY, sku text NOT NULL, shop int NOT NULL, position int);
INSERT INTO public.products SELECT g, 'sku' || g, g % 4, g FROM generate_series(1, 40) g;
