-- Drift fix script: makes target match reference
BEGIN;
CREATE SCHEMA sales;
CREATE TABLE sales.invoices (
    id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);
COMMIT;
