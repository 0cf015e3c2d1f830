CREATE DOMAIN public.code AS text CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CONSTRAINT code_short CHECK (length(VALUE) < 10);
