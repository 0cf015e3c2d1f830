CREATE FUNCTION concat_state(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1 || ',', '') || $2 $$;
CREATE FUNCTION wrap(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '[' || $1 || ']' $$;
CREATE AGGREGATE joined(text) (SFUNC = concat_state, STYPE = text, FINALFUNC = wrap);
