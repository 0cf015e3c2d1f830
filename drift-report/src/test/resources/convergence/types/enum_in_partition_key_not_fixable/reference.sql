CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.events (k integer NOT NULL, m public.mood NOT NULL) PARTITION BY LIST (m);
CREATE TABLE public.events_sad PARTITION OF public.events FOR VALUES IN ('sad');
CREATE VIEW public.sad_events AS SELECT k FROM public.events WHERE m = 'sad';
