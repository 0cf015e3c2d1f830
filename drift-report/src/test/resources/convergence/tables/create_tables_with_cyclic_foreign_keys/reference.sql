CREATE TABLE public.parents (id int PRIMARY KEY, favourite_child int);
CREATE TABLE public.children (id int PRIMARY KEY, parent_id int REFERENCES public.parents(id));
ALTER TABLE public.parents ADD CONSTRAINT parents_favourite_fk FOREIGN KEY (favourite_child) REFERENCES public.children(id);
