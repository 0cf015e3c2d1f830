-- Drift fix script: makes target match reference
-- data loss: drops the sequence and its current value
DROP SEQUENCE public.old_seq;
