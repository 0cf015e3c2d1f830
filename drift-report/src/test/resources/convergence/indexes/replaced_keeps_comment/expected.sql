-- Drift fix script: makes target match reference
BEGIN;
DROP INDEX public.items_code;
-- long lock: builds the index while writes to the table wait
CREATE INDEX items_code ON public.items USING btree (lower(code));
COMMENT ON INDEX public.items_code IS 'case-insensitive lookups';
COMMIT;
