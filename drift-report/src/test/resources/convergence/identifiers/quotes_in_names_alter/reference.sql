CREATE TABLE public."ta""ble" ("co""l" bigint NOT NULL DEFAULT 5, "x'y" text COLLATE "C", CONSTRAINT "ch""k" CHECK ("co""l" > 0));
