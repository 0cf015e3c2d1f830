CREATE TABLE public.parents (id int, code text);
CREATE UNIQUE INDEX parents_code_key ON public.parents (code);
CREATE TABLE public.kids (id int, parent_code text CONSTRAINT kids_parent_fk REFERENCES public.parents(code));
