CREATE TABLE public.items (id int PRIMARY KEY, seq_no bigint GENERATED ALWAYS AS IDENTITY);
