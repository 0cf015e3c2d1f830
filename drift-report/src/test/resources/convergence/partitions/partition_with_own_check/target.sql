CREATE TABLE public.events (id int, at date NOT NULL) PARTITION BY RANGE (at);
