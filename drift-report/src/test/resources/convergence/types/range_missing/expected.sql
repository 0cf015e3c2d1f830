-- Drift fix script: makes target match reference
CREATE TYPE public.float_range AS RANGE (SUBTYPE = double precision, SUBTYPE_OPCLASS = pg_catalog.float8_ops, SUBTYPE_DIFF = float8mi, MULTIRANGE_TYPE_NAME = public.float_multirange);
