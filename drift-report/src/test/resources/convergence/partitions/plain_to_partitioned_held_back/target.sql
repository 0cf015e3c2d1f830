CREATE SEQUENCE public.events_id_seq;
CREATE TABLE public.events (id bigint NOT NULL DEFAULT nextval('public.events_id_seq'), created_at date NOT NULL, payload text, PRIMARY KEY (id));
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
CREATE TABLE public.notes (id int PRIMARY KEY, event_id bigint REFERENCES public.events (id));
