CREATE TABLE public.tickets (id int PRIMARY KEY);
