CREATE TABLE public.base (id int, note text CHECK (note <> ''));
