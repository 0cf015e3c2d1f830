CREATE SEQUENCE public.s AS integer;
