CREATE SEQUENCE public.t_id_seq AS integer;
CREATE TABLE public.t (id integer NOT NULL DEFAULT nextval('t_id_seq'::regclass), CONSTRAINT t_pkey PRIMARY KEY (id));
ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
