CREATE TABLE public.t (id bigint, legacy bigint);
CREATE SEQUENCE public.s OWNED BY public.t.legacy;
