CREATE TABLE public.node (id int NOT NULL, label text);
