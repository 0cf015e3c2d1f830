CREATE TABLE public.base (id int, note text CHECK (note <> ''));
    CREATE TABLE public.child (extra int) INHERITS (public.base);
