CREATE TABLE public.t (id int PRIMARY KEY, obsolete int, a text);
ALTER TABLE public.t DROP COLUMN obsolete;
ALTER TABLE public.t ADD COLUMN b text;
