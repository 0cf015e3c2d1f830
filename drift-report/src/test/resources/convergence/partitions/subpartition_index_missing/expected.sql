-- Drift fix script: makes target match reference
BEGIN;
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.m ADD CONSTRAINT m_key UNIQUE (id, region, at);
-- long lock: builds the index while writes to the table wait
CREATE INDEX m_v ON public.m USING btree (v);
COMMIT;
