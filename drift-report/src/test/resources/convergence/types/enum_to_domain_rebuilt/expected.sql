-- Drift fix script: makes target match reference
BEGIN;
-- data loss: the type is dropped and created again (baseType, notNull, constraints, labels differ); fails while a column or another object uses it
DROP TYPE public.status;
CREATE DOMAIN public.status AS text;
ALTER DOMAIN public.status OWNER TO postgres;
COMMIT;
