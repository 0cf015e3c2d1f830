-- Drift fix script: makes target match reference
-- may fail: fails if the table lacks a column of the parent
ALTER TABLE public.child INHERIT public.base;
