CREATE TABLE public.items (id int PRIMARY KEY, name text, score int CHECK (score >= 0));
CREATE INDEX items_score_idx ON public.items (score);
