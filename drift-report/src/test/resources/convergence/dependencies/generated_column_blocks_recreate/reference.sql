CREATE FUNCTION dbl(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE TABLE t (a numeric, b numeric GENERATED ALWAYS AS (dbl(a)) STORED);
