-- Drift fix script: makes target match reference
BEGIN;
ALTER SEQUENCE public.s OWNED BY NONE;
-- data loss: drops the table and every row in it
DROP TABLE public.old;
ALTER SEQUENCE public.s OWNED BY public.t.id;
COMMIT;
