CREATE TABLE public.base (id int, "Parent Only" text CONSTRAINT "Short" CHECK (length("Parent Only") < 10));
CREATE INDEX base_parent_only ON public.base ("Parent Only");
CREATE TABLE public."Other Kid" (id int, extra int) INHERITS (public.base);
CREATE INDEX "Other Kid parent only" ON public."Other Kid" ("Parent Only");
