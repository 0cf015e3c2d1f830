-- Drift fix script: makes target match reference
CREATE DOMAIN public.positive_amount AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT amount_positive CHECK ((VALUE >= (0)::numeric));
