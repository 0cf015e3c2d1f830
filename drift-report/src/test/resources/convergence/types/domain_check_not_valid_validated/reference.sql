CREATE DOMAIN public.code AS text CONSTRAINT code_short CHECK (length(VALUE) < 20);
