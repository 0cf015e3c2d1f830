CREATE TABLE "Odd Orders" (id int);
