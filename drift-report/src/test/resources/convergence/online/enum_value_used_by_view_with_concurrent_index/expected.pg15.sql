-- Drift fix script: makes target match reference
ALTER TYPE public.state ADD VALUE 'archived' AFTER 'closed';
CREATE VIEW public.archived_tickets AS
SELECT tickets.id,
    tickets.title
   FROM public.tickets
  WHERE (tickets.state = 'archived'::public.state);
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY tickets_title_key ON public.tickets USING btree (title);
