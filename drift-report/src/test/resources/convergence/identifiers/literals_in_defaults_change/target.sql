CREATE TABLE public.t (id int PRIMARY KEY, a text DEFAULT 'plain', b text DEFAULT 'plain');
