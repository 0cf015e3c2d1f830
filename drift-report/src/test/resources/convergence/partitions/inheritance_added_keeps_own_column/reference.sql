CREATE TABLE public.base (id int, CONSTRAINT "Pos id" CHECK (id > 0));
CREATE TABLE public.child (id int, extra int, CONSTRAINT "Pos id" CHECK (id > 0));
ALTER TABLE public.child INHERIT public.base;
