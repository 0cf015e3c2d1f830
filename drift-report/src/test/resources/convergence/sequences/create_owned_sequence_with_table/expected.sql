-- Drift fix script: makes target match reference
BEGIN;
CREATE SEQUENCE public.ticket_seq;
CREATE TABLE public.tickets (
    id bigint DEFAULT nextval('public.ticket_seq'::regclass) NOT NULL
);
ALTER SEQUENCE public.ticket_seq OWNED BY public.tickets.id;
COMMIT;
