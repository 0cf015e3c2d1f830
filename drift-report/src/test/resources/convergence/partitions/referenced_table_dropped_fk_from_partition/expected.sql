-- Drift fix script: makes target match reference
BEGIN;
-- data loss: goes with its table, which is dropped
ALTER TABLE public.audit DROP CONSTRAINT audit_customer_id_fkey;
-- data loss: removes a constraint the reference does not have; the data it guarded may change
ALTER TABLE public.orders_2024 DROP CONSTRAINT orders_2024_customer;
-- data loss: drops the table and every row in it
DROP TABLE public.audit;
-- data loss: drops the table and every row in it
DROP TABLE public.customers;
COMMIT;
