CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb, created timestamptz NOT NULL DEFAULT now(), done boolean NOT NULL DEFAULT false);
CREATE INDEX events_kind_lower_idx ON public.events (lower(kind));
CREATE INDEX events_pending_idx ON public.events (created DESC) INCLUDE (kind) WHERE NOT done;
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);
