CREATE TABLE public.t (id int); COMMENT ON COLUMN public.t.id IS 'key';
