CREATE TABLE public.base (id int);
    CREATE TABLE public.child (id int, extra int);
