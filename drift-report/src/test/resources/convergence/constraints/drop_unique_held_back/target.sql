CREATE TABLE public.parents (id int PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE public.kids (id int NOT NULL, parent_id int, parent_code text, age int, period tstzrange, CONSTRAINT kids_parent_age_key UNIQUE (parent_id, age));
