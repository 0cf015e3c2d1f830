CREATE SEQUENCE public.events_id_seq;
CREATE TABLE public.events (id bigint NOT NULL DEFAULT nextval('public.events_id_seq'), created_at date NOT NULL, payload text, PRIMARY KEY (id)) PARTITION BY RANGE (id);
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
CREATE TABLE public.events_low PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.events_high PARTITION OF public.events FOR VALUES FROM (1000) TO (MAXVALUE);
CREATE TABLE public.notes (id int PRIMARY KEY, event_id bigint REFERENCES public.events (id));
INSERT INTO public.events VALUES (1, '2024-03-01', 'a'), (2000, '2025-05-01', 'b');
INSERT INTO public.notes VALUES (1, 2000);
