CREATE SCHEMA scratch;
CREATE TABLE scratch.tmp (id int PRIMARY KEY, note text);
CREATE INDEX tmp_note_idx ON scratch.tmp (note);
