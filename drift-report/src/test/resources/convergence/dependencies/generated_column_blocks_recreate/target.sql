CREATE FUNCTION dbl(y numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT y * 2 $$;
CREATE TABLE t (a numeric, b numeric GENERATED ALWAYS AS (dbl(a)) STORED);
