CREATE TABLE public.base (id int);
CREATE TABLE public."Other Kid" (id int, extra int);
