CREATE SCHEMA sales;
CREATE TABLE sales.invoices (id bigint PRIMARY KEY, amount numeric(10,2) NOT NULL);
