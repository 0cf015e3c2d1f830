-- Drift fix script: makes target match reference
-- may fail: restarts the sequence at its new start, which its old range excludes; values it already handed out may be handed out again
ALTER SEQUENCE public.s INCREMENT BY -1 MINVALUE -9223372036854775808 MAXVALUE -1 START WITH -1 RESTART;
