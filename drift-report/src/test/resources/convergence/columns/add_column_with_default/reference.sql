CREATE TABLE public.items (id int PRIMARY KEY, name text NOT NULL, qty integer NOT NULL DEFAULT 0);
