CREATE TABLE public.docs (id int); CREATE POLICY p ON public.docs FOR SELECT USING (id > 0);
