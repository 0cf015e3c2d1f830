-- Drift fix script: makes target match reference
-- data loss: drops an aggregate the reference does not have
DROP AGGREGATE public.total_of(integer);
