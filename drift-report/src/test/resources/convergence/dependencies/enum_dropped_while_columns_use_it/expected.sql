-- Drift fix script: makes target match reference
BEGIN;
-- data loss: drops a view the reference does not have; what reads it fails
DROP VIEW public.open_tickets;
-- data loss: drops a routine the reference does not have; callers fail
DROP FUNCTION public.is_open(public.ticket_state);
ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;
-- data loss: changing public.ticket_state to text can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.tickets ALTER COLUMN state TYPE text USING state::text;
ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open'::text;
-- data loss: changing public.ticket_state[] to text[] can alter or reject existing values
-- table rewrite: rewrites the table under an ACCESS EXCLUSIVE lock
ALTER TABLE public.tickets ALTER COLUMN states TYPE text[] USING states::text[];
-- data loss: drops the type; fails while a column or another object uses it
DROP TYPE public.ticket_state;
COMMIT;
