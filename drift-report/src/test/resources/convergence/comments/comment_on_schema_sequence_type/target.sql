CREATE SCHEMA app; CREATE SEQUENCE app.seq; CREATE TYPE app.mood AS ENUM ('a'); CREATE DOMAIN app.code AS text;
