CREATE SCHEMA app;
CREATE TABLE app.p (id int PRIMARY KEY);
CREATE TABLE app.c (id int PRIMARY KEY, p_id int REFERENCES app.p(id));
CREATE SEQUENCE app.s OWNED BY app.c.id;
