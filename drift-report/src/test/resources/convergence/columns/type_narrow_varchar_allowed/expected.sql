-- Drift fix script: makes target match reference
-- data loss: changing character varying(40) to character varying(10) can alter or reject existing values
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(10) USING code::character varying(10);
