CREATE TYPE public.ticket_state AS ENUM ('open', 'closed');
CREATE TABLE public.tickets (id integer PRIMARY KEY, state public.ticket_state DEFAULT 'open', states public.ticket_state[]);
CREATE FUNCTION public.is_open(s public.ticket_state) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'open' $$;
CREATE VIEW public.open_tickets AS SELECT id FROM public.tickets WHERE state = 'open';
INSERT INTO public.tickets VALUES (1, 'closed', '{open}');
