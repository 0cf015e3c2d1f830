CREATE TABLE public.tickets (id bigint NOT NULL, alt_id bigint);
CREATE SEQUENCE public.ticket_seq;
