CREATE TABLE public.docs (id int); ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
