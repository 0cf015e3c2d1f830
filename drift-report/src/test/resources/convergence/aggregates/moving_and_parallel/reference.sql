CREATE AGGREGATE msum(integer) (SFUNC = int4pl, STYPE = integer, COMBINEFUNC = int4pl, PARALLEL = SAFE, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = integer);
