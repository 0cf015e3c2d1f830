-- Orders get the id the payment provider gives them.
ALTER TABLE orders ADD COLUMN external_id text;
