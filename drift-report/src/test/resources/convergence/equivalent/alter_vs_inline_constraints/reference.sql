CREATE TABLE public.p (id int PRIMARY KEY, code text UNIQUE, n int CHECK (n > 0));
CREATE TABLE public.c (id int PRIMARY KEY, p_id int REFERENCES public.p ON DELETE CASCADE);
