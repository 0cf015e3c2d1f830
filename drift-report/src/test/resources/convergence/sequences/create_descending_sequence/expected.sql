-- Drift fix script: makes target match reference
CREATE SEQUENCE public.countdown AS smallint INCREMENT BY -1;
