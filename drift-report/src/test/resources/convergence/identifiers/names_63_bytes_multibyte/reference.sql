CREATE TABLE public."éééééééééééééééééééééééééééééééx" ("üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüy" int PRIMARY KEY);
