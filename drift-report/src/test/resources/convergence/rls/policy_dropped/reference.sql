CREATE TABLE public.docs (id int, owner name);
