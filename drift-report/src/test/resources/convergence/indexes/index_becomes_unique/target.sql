CREATE TABLE public.docs (id int PRIMARY KEY, title text NOT NULL, body text, tags text[], score int, created_at timestamptz, period tstzrange);
CREATE INDEX docs_title_idx ON public.docs (title);
