CREATE SCHEMA app; CREATE SEQUENCE app.seq; CREATE TYPE app.mood AS ENUM ('a'); CREATE DOMAIN app.code AS text;
    COMMENT ON SCHEMA app IS 'application';
    COMMENT ON SEQUENCE app.seq IS 'numbers';
    COMMENT ON TYPE app.mood IS 'moods';
    COMMENT ON DOMAIN app.code IS 'codes';
