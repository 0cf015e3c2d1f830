-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.events (
    id bigint NOT NULL,
    created_at date NOT NULL,
    payload text,
    CONSTRAINT events_pkey PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
-- long lock: builds the index while writes to the table wait
CREATE INDEX events_payload_idx ON public.events USING btree (payload);
COMMIT;
