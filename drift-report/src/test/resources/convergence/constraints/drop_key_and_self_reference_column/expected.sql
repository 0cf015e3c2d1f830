-- Drift fix script: makes target match reference
BEGIN;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.node DROP CONSTRAINT node_parent_fk;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.node DROP CONSTRAINT node_pk;
-- data loss: drops the column and the data in it
ALTER TABLE public.node DROP COLUMN parent_id;
COMMIT;
