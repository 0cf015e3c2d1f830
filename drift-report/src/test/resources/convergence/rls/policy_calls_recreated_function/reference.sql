CREATE FUNCTION public.allowed(t text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT t = current_user $$;
CREATE TABLE public.docs (id int, owner text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_owner ON public.docs USING (public.allowed(owner));
