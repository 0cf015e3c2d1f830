CREATE TABLE public."user" ("order" int, "desc" text, "limit" int NOT NULL);
