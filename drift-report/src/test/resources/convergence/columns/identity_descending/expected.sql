-- Drift fix script: makes target match reference
-- may fail: restarts the sequence at its new start, which its old range excludes; values it already handed out may be handed out again
ALTER TABLE public.items ALTER COLUMN seq_no SET INCREMENT BY -1 SET MINVALUE -2147483648 SET MAXVALUE -1 SET START WITH -1 RESTART;
