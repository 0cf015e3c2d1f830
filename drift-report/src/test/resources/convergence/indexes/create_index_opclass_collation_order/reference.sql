CREATE TABLE public.docs (id int PRIMARY KEY, title text NOT NULL, body text, tags text[], score int, created_at timestamptz, period tstzrange);
CREATE INDEX docs_title_pattern_idx ON public.docs (title text_pattern_ops);
CREATE INDEX docs_body_c_idx ON public.docs (body COLLATE "C" DESC NULLS LAST, score NULLS FIRST);
