-- What uses what, as pg_depend records it (deptype 'n': the server refuses to drop or retype the
-- referenced object while the dependent exists), as raw (catalog, oid, sub-id) pairs. The reader resolves
-- both ends against the objects the other queries returned with their OIDs (ObjectIds): a view's rules
-- stand for the view, a column default for its column, a relation's row type for the relation, a column
-- of a view for the view; a policy is the dependent of what its expressions use. Ends that are not an
-- object read (other kinds, other schemas, extension members) drop out there.
--
-- Describing the ends here instead (names, kinds, argument types of both ends of every edge) was half of
-- the server time of a read of many tenant schemas; this is one flat scan of pg_depend. No ORDER BY and
-- no DISTINCT: the resolved edges are a sorted set.
SELECT d.classid AS class_oid, d.objid AS object_oid, d.objsubid AS object_sub_id,
       d.refclassid AS referenced_class_oid, d.refobjid AS referenced_oid, d.refobjsubid AS referenced_sub_id
FROM pg_depend d
WHERE d.deptype = 'n'
  AND d.objid >= 16384 AND d.refobjid >= 16384 -- FirstNormalObjectId: nothing built in
  -- The lowest and highest OID of the objects this read returned, written in by the reader: a pass over a
  -- share of a database's tenant schemas fetches about its share of the edges.
  AND d.objid BETWEEN {{registered_oids}}
  -- Only the catalogs the reader's objects come from (CatalogClass, written out by the reader).
  AND d.classid IN ({{dependency_classes}})
  AND d.refclassid IN ({{dependency_classes}})
