CREATE EXTENSION citext; CREATE TABLE public.users (id int PRIMARY KEY, email public.citext UNIQUE);
