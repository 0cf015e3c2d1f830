CREATE TABLE public.parents (id int PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE public.kids (id int NOT NULL, parent_id int, parent_code text, age int, period tstzrange);
ALTER TABLE public.kids ADD CONSTRAINT kids_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) NOT VALID;
