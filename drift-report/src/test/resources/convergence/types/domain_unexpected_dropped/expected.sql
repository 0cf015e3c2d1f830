-- Drift fix script: makes target match reference
-- data loss: drops the type; fails while a column or another object uses it
DROP DOMAIN public.code;
