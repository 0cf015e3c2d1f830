CREATE TABLE public.customers (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TABLE public.audit (id bigserial PRIMARY KEY, event text NOT NULL);
CREATE INDEX audit_event_idx ON public.audit (event);
