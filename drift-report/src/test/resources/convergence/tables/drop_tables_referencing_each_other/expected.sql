-- Drift fix script: makes target match reference
BEGIN;
-- data loss: goes with its table, which is dropped
ALTER TABLE public.a DROP CONSTRAINT a_b_fk;
-- data loss: goes with its table, which is dropped
ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;
-- data loss: drops the table and every row in it
DROP TABLE public.a;
-- data loss: drops the table and every row in it
DROP TABLE public.b;
COMMIT;
