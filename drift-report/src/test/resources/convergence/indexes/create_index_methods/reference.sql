CREATE TABLE public.docs (id int PRIMARY KEY, title text NOT NULL, body text, tags text[], score int, created_at timestamptz, period tstzrange);
CREATE INDEX docs_tags_gin ON public.docs USING gin (tags);
CREATE INDEX docs_id_hash ON public.docs USING hash (id);
CREATE INDEX docs_created_brin ON public.docs USING brin (created_at);
CREATE INDEX docs_period_gist ON public.docs USING gist (period);
