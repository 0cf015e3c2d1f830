-- Drift fix script: makes target match reference
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY products_position_key ON public.products USING btree ("position");
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY products_shop_sku_key ON public.products USING btree (shop, sku);
BEGIN;
ALTER TABLE public.products ADD CONSTRAINT products_position_key UNIQUE USING INDEX products_position_key DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.products ADD CONSTRAINT products_shop_sku_key UNIQUE USING INDEX products_shop_sku_key;
COMMIT;
