CREATE TABLE public.t (id bigint);
CREATE TABLE public.old (id bigint);
CREATE SEQUENCE public.s OWNED BY public.old.id;
