CREATE TABLE public.items (price bigint, doubled bigint GENERATED ALWAYS AS (price * 2) STORED);
