package dev.drift.jdbc;

import dev.drift.core.Catalog;
import dev.drift.core.internal.CatalogInterner;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.ObjectKey;
import dev.drift.core.internal.SchemaMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the one-pass read of a schema-per-tenant database per tenant schema as the rows arrive: each
 * object is mapped to the canonical tenant schema and interned at once, so the read never holds the
 * whole database's catalog (1,000 schemas of 50 tables are over a million objects), only each tenant's
 * list of shared objects. Objects of schemas that are not tenants, and dependencies across schemas (not
 * part of any one tenant's schema), are dropped.
 */
final class SchemaSplit implements CatalogQueries.Sink<SchemaSplit.Placed> {

    private final Map<String, SchemaMapping> mappings = new HashMap<>();
    private final CatalogInterner interner;
    private final Map<String, List<DbObject>> objects = new HashMap<>();
    private final Map<String, List<Dependency>> recorded = new HashMap<>();

    /** @param schemas the tenant schemas to keep */
    SchemaSplit(Iterable<String> schemas, CatalogInterner interner) {
        this.interner = interner;
        for (String schema : schemas) {
            mappings.put(schema, SchemaMapping.tenantSchema(schema));
            objects.put(schema, new ArrayList<>());
            recorded.put(schema, new ArrayList<>());
        }
    }

    /**
     * Where an object went: its canonical (mapped, interned) key, and the edge list of its tenant schema.
     * One small record per object; the canonical key is shared by every tenant that has the object.
     */
    record Placed(ObjectKey key, List<Dependency> schemaEdges) {
    }

    @Override
    public Placed object(DbObject object) {
        String schema = object.key().schema();
        SchemaMapping mapping = mappings.get(schema);
        if (mapping == null) {
            return null;
        }
        DbObject interned = interner.intern(mapping.apply(object));
        objects.get(schema).add(interned);
        return new Placed(interned.key(), recorded.get(schema));
    }

    /** An edge within one tenant schema; edges across schemas belong to no tenant's catalog. */
    @Override
    public void dependency(Placed dependent, Placed referenced) {
        if (dependent.schemaEdges() == referenced.schemaEdges()) {
            dependent.schemaEdges().add(Dependency.on(dependent.key(), referenced.key()));
        }
    }

    /**
     * The tenant schema's catalog, in canonical names and interned; its rows are released, so each
     * schema can be taken once.
     */
    Catalog take(String schema, String database, int serverVersion) {
        List<DbObject> own = objects.remove(schema);
        List<Dependency> edges = recorded.remove(schema);
        if (own == null) {
            throw new IllegalStateException("the schema " + schema + " is not a tenant of this read, or was taken");
        }
        return interner.intern(new Catalog(database, serverVersion, own,
                Dependencies.resolve(own, edges, mappings.get(schema))));
    }

    /** The mapping of a tenant schema to the canonical one. */
    SchemaMapping mapping(String schema) {
        return mappings.get(schema);
    }
}
