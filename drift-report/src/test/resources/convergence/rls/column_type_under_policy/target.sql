CREATE TABLE public.docs (id integer, tenant text, body text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON public.docs USING (tenant = current_user AND id > 0) WITH CHECK (tenant = current_user);
CREATE POLICY everyone ON public.docs FOR SELECT USING (true);
