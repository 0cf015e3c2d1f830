CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb, created timestamptz NOT NULL DEFAULT now(), done boolean NOT NULL DEFAULT false);
