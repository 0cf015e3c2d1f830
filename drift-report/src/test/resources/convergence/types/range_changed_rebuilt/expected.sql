-- Drift fix script: makes target match reference
BEGIN;
-- data loss: the type is dropped and created again (subtype, subtypeOpclass differ); fails while a column or another object uses it
DROP TYPE public.num_range;
CREATE TYPE public.num_range AS RANGE (SUBTYPE = numeric, SUBTYPE_OPCLASS = pg_catalog.numeric_ops, MULTIRANGE_TYPE_NAME = public.num_multirange);
ALTER TYPE public.num_range OWNER TO postgres;
COMMIT;
