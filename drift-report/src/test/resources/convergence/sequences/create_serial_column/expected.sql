-- Drift fix script: makes target match reference
BEGIN;
CREATE SEQUENCE public.tickets_n_seq;
ALTER TABLE public.tickets ADD COLUMN n bigint DEFAULT nextval('public.tickets_n_seq'::regclass) NOT NULL;
ALTER SEQUENCE public.tickets_n_seq OWNED BY public.tickets.n;
COMMIT;
