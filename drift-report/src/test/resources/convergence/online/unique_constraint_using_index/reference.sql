CREATE TABLE public.products (id int PRIMARY KEY, sku text NOT NULL, shop int NOT NULL, position int);
INSERT INTO public.products SELECT g, 'sku' || g, g % 4, g FROM generate_series(1, 40) g;
ALTER TABLE public.products ADD CONSTRAINT products_shop_sku_key UNIQUE (shop, sku);
ALTER TABLE public.products ADD CONSTRAINT products_position_key UNIQUE (position) DEFERRABLE INITIALLY DEFERRED;
