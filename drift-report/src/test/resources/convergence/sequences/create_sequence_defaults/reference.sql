CREATE SEQUENCE public.plain_seq;
