CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, payload text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_payload ON public.events (payload);
CREATE TABLE public.events_2025 (id bigint NOT NULL, at date NOT NULL, payload text, CONSTRAINT e25_pk PRIMARY KEY (id, at));
CREATE INDEX e25_payload ON public.events_2025 (payload);
