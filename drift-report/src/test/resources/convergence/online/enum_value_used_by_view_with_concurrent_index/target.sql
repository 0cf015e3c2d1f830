CREATE TYPE public.state AS ENUM ('open', 'closed');
CREATE TABLE public.tickets (id int PRIMARY KEY, state public.state NOT NULL, title text);
