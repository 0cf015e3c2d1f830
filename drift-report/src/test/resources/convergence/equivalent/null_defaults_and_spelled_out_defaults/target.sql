CREATE TABLE public.t (id int, a text, b character varying, c decimal, d int, e boolean);
CREATE SEQUENCE public.s;
