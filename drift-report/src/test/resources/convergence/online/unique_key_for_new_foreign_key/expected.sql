-- Drift fix script: makes target match reference
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- may fail: fails if existing rows hold duplicates
-- may fail: if it fails or is cancelled it leaves an INVALID index behind, which must be dropped (DROP INDEX CONCURRENTLY) before it runs again
CREATE UNIQUE INDEX CONCURRENTLY countries_code_key ON public.countries USING btree (code);
BEGIN;
ALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE USING INDEX countries_code_key;
-- may fail: fails if existing rows violate it
ALTER TABLE public.addresses ADD CONSTRAINT addresses_country_fk FOREIGN KEY (country_code) REFERENCES public.countries(code);
COMMENT ON CONSTRAINT addresses_country_fk ON public.addresses IS 'where the address is';
COMMIT;
