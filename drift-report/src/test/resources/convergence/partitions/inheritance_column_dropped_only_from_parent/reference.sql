CREATE TABLE public.base (id int, "Note" text);
CREATE TABLE public.child (extra int) INHERITS (public.base);
ALTER TABLE ONLY public.base DROP COLUMN "Note";
