package dev.drift.jdbc;

import dev.drift.core.Catalog;
import dev.drift.core.CatalogInterner;
import dev.drift.core.DbObject;
import dev.drift.core.Dependency;
import dev.drift.core.SchemaMapping;
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
final class SchemaSplit implements CatalogQueries.Sink {

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

    @Override
    public void object(DbObject object) {
        String schema = object.key().schema();
        SchemaMapping mapping = mappings.get(schema);
        if (mapping != null) {
            objects.get(schema).add(interner.intern(mapping.apply(object)));
        }
    }

    @Override
    public void dependency(Dependency dependency) {
        String schema = dependency.dependent().schema();
        SchemaMapping mapping = mappings.get(schema);
        if (mapping != null && dependency.referenced().schema().equals(schema)) {
            recorded.get(schema).add(new Dependency(mapping.apply(dependency.dependent()),
                    mapping.apply(dependency.referenced()), dependency.enforced()));
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
