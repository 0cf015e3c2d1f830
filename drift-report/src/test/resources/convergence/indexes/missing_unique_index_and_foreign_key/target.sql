CREATE TABLE public.parents (id int, code text);
CREATE TABLE public.kids (id int, parent_code text);
