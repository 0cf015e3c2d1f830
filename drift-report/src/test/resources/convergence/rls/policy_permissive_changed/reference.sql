CREATE TABLE public.docs (id int); CREATE POLICY p ON public.docs AS RESTRICTIVE USING (id > 0);
