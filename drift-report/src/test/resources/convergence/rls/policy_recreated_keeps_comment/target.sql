CREATE TABLE public.docs (id int);
CREATE POLICY own ON public.docs USING (id > 0);
COMMENT ON POLICY own ON public.docs IS 'positive ids only';
