CREATE TABLE public.items (price integer, doubled bigint GENERATED ALWAYS AS (price * 2) STORED);
