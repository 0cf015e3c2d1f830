CREATE TABLE public.customers (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TABLE public.regions (id int PRIMARY KEY);
ALTER TABLE public.customers ADD COLUMN region_id int;
ALTER TABLE public.customers DROP COLUMN region_id;
ALTER TABLE public.customers ADD CONSTRAINT customers_region_fk FOREIGN KEY (id) REFERENCES public.regions(id);
