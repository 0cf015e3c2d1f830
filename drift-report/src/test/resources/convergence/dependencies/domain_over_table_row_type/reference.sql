CREATE TABLE public.address (street text, city text);
CREATE DOMAIN public.known_address AS public.address CHECK ((VALUE).city IS NOT NULL);
CREATE TABLE public.customers (id integer PRIMARY KEY, home public.known_address);
