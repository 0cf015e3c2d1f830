CREATE TABLE public.orders (id bigint NOT NULL, at date NOT NULL, customer_id bigint) PARTITION BY RANGE (at);
CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
