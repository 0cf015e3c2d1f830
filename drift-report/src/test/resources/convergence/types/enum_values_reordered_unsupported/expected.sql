-- Drift fix script: makes target match reference
-- Nothing to run.

-- Not fixable by a statement:
--   enum type public.mood orders its values [sad, ok], the reference [ok, sad]: PostgreSQL cannot reorder enum values; rebuild the type by hand
