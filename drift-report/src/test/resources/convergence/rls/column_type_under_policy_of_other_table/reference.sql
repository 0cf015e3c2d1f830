CREATE TABLE public.members (name text, level bigint);
CREATE TABLE public.docs (id int, owner text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_only ON public.docs USING (EXISTS (SELECT 1 FROM public.members m WHERE m.name = owner AND m.level > 1));
