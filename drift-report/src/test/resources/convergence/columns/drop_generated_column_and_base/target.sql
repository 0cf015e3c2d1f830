CREATE TABLE public.t (id int, qty int, total bigint GENERATED ALWAYS AS (qty * 2) STORED);
