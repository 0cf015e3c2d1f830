CREATE DOMAIN public.code AS text;
    ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK (length(VALUE) < 20) NOT VALID;
