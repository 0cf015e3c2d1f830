CREATE TABLE public.t (id int, code integer DEFAULT 0);
