CREATE TABLE public.events (id bigint NOT NULL, created_at date NOT NULL, payload text, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
CREATE INDEX events_payload_idx ON public.events (payload);
