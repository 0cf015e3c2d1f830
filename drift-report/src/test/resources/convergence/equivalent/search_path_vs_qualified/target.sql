CREATE SCHEMA app;
SET search_path = app;
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p(id));
CREATE SEQUENCE s OWNED BY c.id;
RESET search_path;
