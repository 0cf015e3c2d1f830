CREATE TABLE public.docs (id int PRIMARY KEY, title text NOT NULL, body text, tags text[], score int, created_at timestamptz, period tstzrange);
CREATE INDEX docs_score_idx ON public.docs (score) INCLUDE (title) WHERE score > 10 AND body IS NOT NULL;
