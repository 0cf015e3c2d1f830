CREATE TABLE public.base (id int CONSTRAINT pos CHECK (id > 0));
CREATE TABLE public.child (id int CONSTRAINT pos CHECK (id > 0), extra int);
