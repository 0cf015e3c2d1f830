CREATE TABLE public."ta""ble" ("co""l" int, "x'y" text, "ex""tra" int);
