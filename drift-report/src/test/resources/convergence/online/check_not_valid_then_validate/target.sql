CREATE TABLE public.items (id int PRIMARY KEY, qty int NOT NULL, price numeric NOT NULL);
INSERT INTO public.items SELECT g, g, g * 2 FROM generate_series(1, 20) g;
