CREATE TABLE public.countries (id int PRIMARY KEY, code text NOT NULL);
CREATE TABLE public.addresses (id int PRIMARY KEY, country_code text);
ALTER TABLE public.countries ADD CONSTRAINT countries_code_key UNIQUE (code);
ALTER TABLE public.addresses ADD CONSTRAINT addresses_country_fk FOREIGN KEY (country_code) REFERENCES public.countries (code);
COMMENT ON CONSTRAINT addresses_country_fk ON public.addresses IS 'where the address is';
