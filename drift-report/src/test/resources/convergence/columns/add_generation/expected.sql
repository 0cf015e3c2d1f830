-- Drift fix script: makes target match reference
BEGIN;
-- data loss: the generated column is dropped and added again with its new definition
ALTER TABLE public.items DROP COLUMN total;
-- data loss: re-adds the generated column dropped above
-- table rewrite: computes the column for every row
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS ((price * (qty)::numeric)) STORED;
COMMIT;
