CREATE TABLE public.t (id int PRIMARY KEY, v text DEFAULT 'x');
CREATE INDEX t_v_idx ON public.t (v);
CREATE SEQUENCE public.s;
