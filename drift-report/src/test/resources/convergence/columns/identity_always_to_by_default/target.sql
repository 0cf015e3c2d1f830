CREATE TABLE public.items (id int PRIMARY KEY, seq_no integer GENERATED ALWAYS AS IDENTITY);
