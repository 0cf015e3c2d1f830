CREATE TABLE public.items (id int PRIMARY KEY, seq_no integer);
