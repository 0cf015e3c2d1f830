-- Drift fix script: makes target match reference
-- Nothing to run.

-- Not fixable by a statement:
--   enum type public.mood has values [meh] the reference lacks: PostgreSQL cannot remove an enum value; rebuild the type by hand (reference values: [sad, ok])
