CREATE TABLE public.docs (id int); ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY; CREATE POLICY p ON public.docs USING (id > 0);
