CREATE TABLE public.t (id int PRIMARY KEY, a text DEFAULT 'it''s; --', b text DEFAULT E'C:\\path\\');
