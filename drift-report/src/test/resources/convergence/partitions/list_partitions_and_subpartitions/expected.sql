-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.sales_eu PARTITION OF public.sales FOR VALUES IN ('de', 'fr') PARTITION BY RANGE (at);
CREATE TABLE public.sales_eu_2024 PARTITION OF public.sales_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.sales_us PARTITION OF public.sales FOR VALUES IN ('us');
COMMIT;
