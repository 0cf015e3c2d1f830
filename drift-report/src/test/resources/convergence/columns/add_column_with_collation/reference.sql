CREATE TABLE public.items (id int PRIMARY KEY, name text, code varchar(10) COLLATE "POSIX" NOT NULL DEFAULT '');
