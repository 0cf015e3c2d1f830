CREATE TABLE public.t (tenant int NOT NULL, id int NOT NULL, PRIMARY KEY (tenant, id));
CREATE TABLE public.r (tenant int NOT NULL, t_id int);
