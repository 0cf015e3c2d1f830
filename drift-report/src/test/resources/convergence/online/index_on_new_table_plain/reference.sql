CREATE TABLE public.customers (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.invoices (id int PRIMARY KEY, customer_id int NOT NULL, total numeric(12,2));
CREATE INDEX invoices_customer_id_idx ON public.invoices (customer_id);
CREATE UNIQUE INDEX invoices_customer_total_key ON public.invoices (customer_id, total);
