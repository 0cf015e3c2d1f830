-- Drift fix script: makes target match reference
-- may fail: fails if existing rows violate it
ALTER TABLE public.events ADD CONSTRAINT events_id_check CHECK ((id > 0));
