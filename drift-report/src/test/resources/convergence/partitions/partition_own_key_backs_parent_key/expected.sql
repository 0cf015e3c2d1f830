-- Drift fix script: makes target match reference
-- may fail: fails if existing rows hold duplicates (or nulls, for a primary key)
-- long lock: builds an index while writes to the table wait
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);
