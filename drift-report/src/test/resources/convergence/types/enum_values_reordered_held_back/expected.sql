-- Drift fix script: makes target match reference
-- Nothing to run.

-- Held back: 3 statement(s), not run: 1 destructive, 2 dependent on a held one. Allow destructive changes to include them.
--   (data loss: the type is dropped and created again (labels differ); fails while a column or another object uses it)
--   DROP TYPE public.mood;
--   (may fail: held back with the re-creation of type public.mood)
--   CREATE TYPE public.mood AS ENUM ('ok', 'sad');
--   (may fail: held back with the re-creation of type public.mood)
--   ALTER TYPE public.mood OWNER TO postgres;
