CREATE TABLE public.parents (id int PRIMARY KEY);
CREATE TABLE public.kids (id int PRIMARY KEY, parent_id int, age int, size int);
INSERT INTO public.parents VALUES (1), (2);
INSERT INTO public.kids VALUES (1, 1, 3, 5), (2, 2, 4, 6);
ALTER TABLE public.kids ADD CONSTRAINT kids_size_check CHECK (size > 0);
