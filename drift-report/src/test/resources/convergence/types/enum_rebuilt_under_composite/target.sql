CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TYPE public.entry AS (at date, m public.mood);
CREATE TABLE public.diary (id integer PRIMARY KEY, e public.entry, es public.entry[]);
CREATE TABLE public.events (k integer NOT NULL, m public.mood DEFAULT 'happy') PARTITION BY RANGE (k);
CREATE TABLE public.events_low PARTITION OF public.events FOR VALUES FROM (0) TO (100);
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
INSERT INTO public.diary VALUES (1, ROW('2024-01-02', 'sad'), ARRAY[ROW('2024-01-03', 'happy')::public.entry]);
INSERT INTO public.events VALUES (1, 'sad'), (200, 'happy');
