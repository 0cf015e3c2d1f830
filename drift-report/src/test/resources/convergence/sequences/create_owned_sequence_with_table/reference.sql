CREATE SEQUENCE public.ticket_seq;
CREATE TABLE public.tickets (id bigint NOT NULL DEFAULT nextval('public.ticket_seq'::regclass));
ALTER SEQUENCE public.ticket_seq OWNED BY public.tickets.id;
