CREATE TABLE public.t (id int PRIMARY KEY, v text);
INSERT INTO public.t SELECT g, 'v' || g FROM generate_series(1, 1000) g;
CREATE INDEX t_v_idx ON public.t (v);
ANALYZE public.t;
