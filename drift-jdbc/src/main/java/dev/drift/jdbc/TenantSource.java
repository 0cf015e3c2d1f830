package dev.drift.jdbc;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a fleet's tenants are: one database each (named explicitly or discovered on a server by a name
 * pattern), or one schema each in a shared database.
 *
 * <pre>{@code
 * List<TenantSource> fleet = List.of(
 *         TenantSource.discover(DatabaseUrl.parse("jdbc:postgresql://db1/postgres?user=drift"), "tenant_%"),
 *         TenantSource.schemas(DatabaseUrl.parse("jdbc:postgresql://db2/app?user=drift"), "tenant_%"));
 * }</pre>
 */
public sealed interface TenantSource
        permits TenantSource.Database, TenantSource.Pooled, TenantSource.Discovery, TenantSource.Schemas {

    /** A tenant database named by URL. */
    record Database(String tenant, DatabaseUrl url) implements TenantSource {
        public Database {
            requireTenant(tenant);
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * A tenant database reached through the caller's data source (e.g. the application's pool).
     *
     * @param server a name for the server, so that tenants on one server share its concurrency limit
     */
    record Pooled(String tenant, String server, DataSource dataSource) implements TenantSource {
        public Pooled {
            requireTenant(tenant);
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(dataSource, "dataSource");
        }
    }

    /**
     * Every database on a server whose name matches a {@code LIKE} pattern ({@code tenant_%}), each a
     * tenant named after its database. Template databases and those that refuse connections are skipped.
     *
     * @param server a URL of the server; its database is the one the list is read from (e.g. {@code postgres})
     */
    record Discovery(DatabaseUrl server, String databasePattern) implements TenantSource {
        public Discovery {
            Objects.requireNonNull(server, "server");
            requirePattern(databasePattern, "databasePattern");
        }
    }

    /**
     * Every schema of one database whose name matches a {@code LIKE} pattern, each a tenant named after
     * its schema. All of them are read in one pass of the catalog queries, and each tenant's schema is
     * mapped to {@link dev.drift.core.internal.SchemaMapping#TENANT_SCHEMA} so that tenants compare by content.
     */
    record Schemas(DatabaseUrl database, String schemaPattern) implements TenantSource {
        public Schemas {
            Objects.requireNonNull(database, "database");
            requirePattern(schemaPattern, "schemaPattern");
        }
    }

    static TenantSource database(String tenant, DatabaseUrl url) {
        return new Database(tenant, url);
    }

    static TenantSource dataSource(String tenant, String server, DataSource dataSource) {
        return new Pooled(tenant, server, dataSource);
    }

    static TenantSource discover(DatabaseUrl server, String databasePattern) {
        return new Discovery(server, databasePattern);
    }

    static TenantSource schemas(DatabaseUrl database, String schemaPattern) {
        return new Schemas(database, schemaPattern);
    }

    private static void requireTenant(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (tenant.isBlank()) {
            throw new IllegalArgumentException("a tenant name must not be blank");
        }
    }

    private static void requirePattern(String pattern, String field) {
        Objects.requireNonNull(pattern, field);
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty (use % to match every name)");
        }
    }
}
