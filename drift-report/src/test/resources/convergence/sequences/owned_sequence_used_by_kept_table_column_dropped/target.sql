CREATE SEQUENCE public.seq_shared;
CREATE TABLE public.owner_table (id bigint PRIMARY KEY, c interval);
ALTER SEQUENCE public.seq_shared OWNED BY public.owner_table.c;
CREATE TABLE public.user_table (id bigint, n bigint DEFAULT nextval('public.seq_shared'));
