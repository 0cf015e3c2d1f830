-- Drift fix script: makes target match reference
-- table rewrite: every existing row gets a computed value, under an ACCESS EXCLUSIVE lock
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS ((price * (qty)::numeric)) STORED;
