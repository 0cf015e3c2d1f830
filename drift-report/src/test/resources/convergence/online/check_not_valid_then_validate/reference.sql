CREATE TABLE public.items (id int PRIMARY KEY, qty int NOT NULL, price numeric NOT NULL);
INSERT INTO public.items SELECT g, g, g * 2 FROM generate_series(1, 20) g;
ALTER TABLE public.items ADD CONSTRAINT items_qty_check CHECK (qty > 0);
ALTER TABLE public.items ADD CONSTRAINT items_price_check CHECK (price >= 0);
ALTER TABLE public.items ADD COLUMN discount numeric;
