CREATE TABLE public.t (id int NOT NULL, code text);
CREATE UNIQUE INDEX t_code_key ON public.t (code);
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_key;
CREATE UNIQUE INDEX t_pkey ON public.t (id);
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;
