CREATE TABLE public.p (a int NOT NULL, b int NOT NULL, CONSTRAINT p_pkey PRIMARY KEY (a), CONSTRAINT p_a_key UNIQUE (a));
CREATE TABLE public.c (a int REFERENCES public.p(a));
