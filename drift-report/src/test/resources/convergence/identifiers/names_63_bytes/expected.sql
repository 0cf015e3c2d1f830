-- Drift fix script: makes target match reference
BEGIN;
CREATE SEQUENCE public.sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss;
CREATE TABLE public.ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (
    coooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo integer NOT NULL,
    b text,
    CONSTRAINT kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk CHECK ((b <> ''::text)),
    CONSTRAINT tttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_pkey PRIMARY KEY (coooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo)
);
-- long lock: builds the index while writes to the table wait
CREATE INDEX iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii ON public.ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt USING btree (b);
COMMIT;
