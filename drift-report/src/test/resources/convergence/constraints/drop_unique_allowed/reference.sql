CREATE TABLE public.parents (id int PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE public.kids (id int NOT NULL, parent_id int, parent_code text, age int, period tstzrange);
