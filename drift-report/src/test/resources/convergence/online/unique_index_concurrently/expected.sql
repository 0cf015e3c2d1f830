-- Drift fix script: makes target match reference
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY accounts_tenant_email_key ON public.accounts USING btree (tenant, lower(email));
