CREATE TABLE orders (id integer PRIMARY KEY, body text);
