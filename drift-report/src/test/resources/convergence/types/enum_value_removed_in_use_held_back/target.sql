CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TABLE public.people (id integer PRIMARY KEY, m public.mood NOT NULL DEFAULT 'ok', CONSTRAINT not_sad CHECK (m <> 'sad'));
CREATE INDEX happy_people ON public.people (id) WHERE m = 'happy';
CREATE INDEX people_m ON public.people (m);
CREATE VIEW public.happy AS SELECT id FROM public.people WHERE m = 'happy';
COMMENT ON TYPE public.mood IS 'how they feel';
INSERT INTO public.people VALUES (1, 'ok'), (2, 'happy');
