CREATE TABLE public.owner_table (id bigint PRIMARY KEY);
CREATE TABLE public.user_table (id bigint, n bigint);
