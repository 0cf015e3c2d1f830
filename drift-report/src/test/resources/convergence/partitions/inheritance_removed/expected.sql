-- Drift fix script: makes target match reference
-- data loss: the table's rows no longer appear in public.base
ALTER TABLE public.child NO INHERIT public.base;
