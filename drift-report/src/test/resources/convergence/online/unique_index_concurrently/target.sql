CREATE TABLE public.accounts (id int PRIMARY KEY, email text NOT NULL, tenant int NOT NULL);
INSERT INTO public.accounts SELECT g, 'u' || g || '@example.com', g % 3 FROM generate_series(1, 50) g;
