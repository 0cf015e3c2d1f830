-- Drift fix script: makes target match reference
-- data loss: drops the table and every row in it
DROP TABLE public.docs;
