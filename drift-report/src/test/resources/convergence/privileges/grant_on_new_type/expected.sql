-- Drift fix script: makes target match reference
BEGIN;
CREATE TYPE public.mood AS ENUM ('a');
GRANT USAGE ON TYPE public.mood TO drift_o2_reader;
COMMIT;
