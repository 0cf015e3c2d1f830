CREATE TABLE public.countries (id int PRIMARY KEY, code text NOT NULL);
CREATE TABLE public.addresses (id int PRIMARY KEY, country_code text);
