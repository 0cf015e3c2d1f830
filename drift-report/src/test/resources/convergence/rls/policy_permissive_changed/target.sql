CREATE TABLE public.docs (id int); CREATE POLICY p ON public.docs USING (id > 0);
