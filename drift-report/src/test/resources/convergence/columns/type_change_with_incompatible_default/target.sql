CREATE TABLE public.t (id int, code text DEFAULT 'none');
