-- Drift fix script: makes target match reference
-- outside a transaction block (PostgreSQL refuses it inside one): runs on its own, after what came before is committed
-- data loss: drops an index the reference does not have; queries that use it slow down
-- may fail: if it fails part-way the index is left INVALID (no longer used, still maintained): run it again
DROP INDEX CONCURRENTLY public.orders_note_idx;
