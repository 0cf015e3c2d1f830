CREATE TABLE public.base (id int, "Parent Only" text CONSTRAINT "Short" CHECK (length("Parent Only") < 10));
CREATE TABLE public."Other Kid" (extra int) INHERITS (public.base);
