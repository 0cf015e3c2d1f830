-- Drift fix script: makes target match reference
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON public.orders USING btree (customer_id);
