CREATE TABLE public.audit_log (id bigint NOT NULL, at timestamptz NOT NULL, what text);
INSERT INTO public.audit_log SELECT g, now(), 'x' FROM generate_series(1, 30) g;
ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);
