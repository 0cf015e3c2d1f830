-- Drift fix script: makes target match reference
BEGIN;
CREATE TABLE public.address (
    street text,
    city text
);
CREATE DOMAIN public.known_address AS public.address CONSTRAINT known_address_check CHECK (((VALUE).city IS NOT NULL));
CREATE TABLE public.customers (
    id integer NOT NULL,
    home public.known_address,
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);
COMMIT;
