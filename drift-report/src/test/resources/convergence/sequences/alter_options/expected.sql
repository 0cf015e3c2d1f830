-- Drift fix script: makes target match reference
-- may fail: restarts the sequence at its new start, which its old range excludes; values it already handed out may be handed out again
ALTER SEQUENCE public.s INCREMENT BY 2 MINVALUE 5 MAXVALUE 5000 START WITH 10 CACHE 4 CYCLE RESTART;
