CREATE TABLE a_parent (id integer PRIMARY KEY, favourite integer);
CREATE TABLE b_child (id integer PRIMARY KEY, parent integer REFERENCES a_parent);
ALTER TABLE a_parent ADD FOREIGN KEY (favourite) REFERENCES b_child;
