CREATE TABLE public.items (id int PRIMARY KEY, name text, legacy_code varchar(10) DEFAULT 'x');
