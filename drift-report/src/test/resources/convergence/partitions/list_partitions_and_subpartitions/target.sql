CREATE TABLE public.sales (region text NOT NULL, at date NOT NULL, amount numeric) PARTITION BY LIST (region);
