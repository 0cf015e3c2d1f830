CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2), status text DEFAULT 'new');
CREATE FUNCTION fmt(numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char($1, 'FM999.00') $$;
CREATE VIEW m_base AS SELECT id, total FROM orders;
CREATE VIEW b_fmt AS SELECT id, fmt(total) AS shown FROM m_base;
