CREATE TABLE public.parents (id int, code text, CONSTRAINT parents_code_key UNIQUE (code));
CREATE TABLE public.kids (id int, parent_code text CONSTRAINT kids_parent_fk REFERENCES public.parents(code));
