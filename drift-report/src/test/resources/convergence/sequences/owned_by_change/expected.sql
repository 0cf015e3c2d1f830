-- Drift fix script: makes target match reference
ALTER SEQUENCE public.ticket_seq OWNED BY public.tickets.alt_id;
