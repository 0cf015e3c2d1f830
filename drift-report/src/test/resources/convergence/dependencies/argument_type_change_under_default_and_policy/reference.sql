CREATE FUNCTION public.next_code(n bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'c' || n $$;
CREATE FUNCTION public.visible(n bigint) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT n > 0 $$;
CREATE TABLE public.items (id int, code text DEFAULT public.next_code(1));
CREATE POLICY positive ON public.items USING (public.visible(id));
