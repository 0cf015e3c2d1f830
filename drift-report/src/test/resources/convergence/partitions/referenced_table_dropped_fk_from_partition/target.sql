CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint NOT NULL, at date NOT NULL, customer_id bigint) PARTITION BY RANGE (at);
CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE public.orders_2024 ADD CONSTRAINT orders_2024_customer FOREIGN KEY (customer_id) REFERENCES public.customers (id);
CREATE TABLE public.audit (id bigint NOT NULL, at date NOT NULL, customer_id bigint REFERENCES public.customers (id)) PARTITION BY RANGE (at);
CREATE TABLE public.audit_2024 PARTITION OF public.audit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
