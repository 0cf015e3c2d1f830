CREATE AGGREGATE total_of(integer) (SFUNC = int4_sum, STYPE = bigint);
