CREATE TABLE public.t (id int); COMMENT ON TABLE public.t IS E'line one\nline two \\ end';
