CREATE TABLE public.items (id int PRIMARY KEY, status text DEFAULT 'new');
