CREATE TABLE public.p (id int NOT NULL, code text, n int);
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (id);
ALTER TABLE public.p ADD CONSTRAINT p_code_key UNIQUE (code);
ALTER TABLE public.p ADD CONSTRAINT p_n_check CHECK ((n > 0));
CREATE TABLE public.c (id int, p_id int);
ALTER TABLE public.c ADD PRIMARY KEY (id);
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) ON DELETE CASCADE;
