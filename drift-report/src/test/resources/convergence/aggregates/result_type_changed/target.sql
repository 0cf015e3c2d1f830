CREATE AGGREGATE total_of(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
