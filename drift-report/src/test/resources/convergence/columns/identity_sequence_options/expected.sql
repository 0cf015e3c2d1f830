-- Drift fix script: makes target match reference
-- may fail: restarts the sequence at its new start, which its old range excludes; values it already handed out may be handed out again
ALTER TABLE public.items ALTER COLUMN seq_no SET INCREMENT BY 5 SET MINVALUE 10 SET MAXVALUE 900000 SET START WITH 1000 SET CACHE 20 SET CYCLE RESTART;
