CREATE SCHEMA "Coll Schema";
CREATE TABLE public.items (id int PRIMARY KEY);
