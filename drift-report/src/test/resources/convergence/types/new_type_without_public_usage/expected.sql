-- Drift fix script: makes target match reference
BEGIN;
CREATE TYPE public.mood AS ENUM ('a');
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
COMMIT;
