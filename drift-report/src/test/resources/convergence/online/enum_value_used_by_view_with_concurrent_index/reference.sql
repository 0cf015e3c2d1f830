CREATE TYPE public.state AS ENUM ('open', 'closed', 'archived');
CREATE TABLE public.tickets (id int PRIMARY KEY, state public.state NOT NULL, title text);
CREATE UNIQUE INDEX tickets_title_key ON public.tickets (title);
CREATE VIEW public.archived_tickets AS SELECT id, title FROM public.tickets WHERE state = 'archived';
