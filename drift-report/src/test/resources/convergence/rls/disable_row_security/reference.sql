CREATE TABLE public.docs (id int);
