CREATE TABLE public.docs (id int); CREATE POLICY p ON public.docs FOR UPDATE USING (id > 0);
