CREATE TABLE public.docs (id int PRIMARY KEY, title text NOT NULL, body text, tags text[], score int, created_at timestamptz, period tstzrange);
CREATE INDEX docs_created_idx ON public.docs (created_at DESC NULLS LAST);
