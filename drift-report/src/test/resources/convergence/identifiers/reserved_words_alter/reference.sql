CREATE TABLE public."user" ("order" bigint NOT NULL, "desc" text DEFAULT 'x', "limit" int GENERATED ALWAYS AS IDENTITY);
