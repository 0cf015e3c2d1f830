-- Drift fix script: makes target match reference
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
