CREATE TABLE public.t (id int NOT NULL, code text);
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE (code);
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
