-- Drift fix script: makes target match reference
-- drift:target-fingerprint <fingerprint>
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET search_path = pg_catalog, pg_temp;
SET check_function_bodies = false;
SET client_min_messages = warning;
SET DateStyle = ISO, MDY;
SET IntervalStyle = postgres;
SET xmloption = content;
SET array_nulls = on;
SET lc_monetary = 'C';
SET quote_all_identifiers = off;
BEGIN;
CREATE SCHEMA app;
CREATE TYPE app.state AS ENUM ('new', 'done');
CREATE DOMAIN app.positive AS integer CONSTRAINT positive_check CHECK ((VALUE > 0));
CREATE SEQUENCE app.ids;
CREATE FUNCTION app.next_id()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT nextval('app.ids') $function$;
CREATE FUNCTION app.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;
CREATE TABLE app.base (
    id integer NOT NULL,
    CONSTRAINT base_pkey PRIMARY KEY (id)
);
CREATE DOMAIN app.base_row AS app.base;
CREATE TABLE app.jobs (
    id bigint DEFAULT app.next_id() NOT NULL,
    state app.state DEFAULT 'new'::app.state NOT NULL,
    qty app.positive,
    parent integer,
    CONSTRAINT jobs_pkey PRIMARY KEY (id)
);
-- may fail: fails if existing rows violate it
ALTER TABLE app.jobs ADD CONSTRAINT jobs_parent_fkey FOREIGN KEY (parent) REFERENCES app.base(id);
-- long lock: builds the index while writes to the table wait
CREATE INDEX jobs_state ON app.jobs USING btree (state) WHERE (state = 'new'::app.state);
CREATE VIEW app.open_jobs AS
SELECT id,
    qty
   FROM app.jobs
  WHERE (state = 'new'::app.state);
-- long lock: runs the query to populate the materialized view
-- runs code: runs its query now to fill it: every function the query calls runs, with the rights of the role that runs the script
CREATE MATERIALIZED VIEW app.job_counts AS
SELECT state,
    count(*) AS n
   FROM app.jobs
  GROUP BY state;
CREATE TRIGGER touch BEFORE UPDATE ON app.jobs FOR EACH ROW EXECUTE FUNCTION app.touch();
COMMENT ON SCHEMA app IS 'the app';
COMMIT;
