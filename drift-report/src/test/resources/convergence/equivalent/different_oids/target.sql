CREATE TABLE public.junk1 (x int); CREATE TABLE public.junk2 (x int);
CREATE SEQUENCE public.junk_s;
DROP TABLE public.junk1; DROP TABLE public.junk2; DROP SEQUENCE public.junk_s;
CREATE SEQUENCE public.s;
CREATE TABLE public.t (id int PRIMARY KEY, v text DEFAULT 'x');
CREATE INDEX t_v_idx ON public.t (v);
