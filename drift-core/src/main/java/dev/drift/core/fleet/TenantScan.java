package dev.drift.core.fleet;

import dev.drift.core.Catalog;
import dev.drift.core.Secrets;
import dev.drift.core.internal.SchemaMapping;
import java.util.Objects;
import java.util.Optional;

/** What scanning one tenant produced: its catalog, or why it could not be read. */
public sealed interface TenantScan permits TenantScan.Read, TenantScan.Failed {

    /** The tenant's name, unique in its fleet. */
    String tenant();

    /**
     * A tenant that was read.
     *
     * @param catalog the tenant's catalog in canonical names (its own schema mapped by {@code mapping})
     * @param mapping how the tenant's real schema names became the canonical ones; identity for
     *                database-per-tenant fleets
     * @param history the tenant's migration history, when it was asked for and found
     */
    record Read(String tenant, Catalog catalog, SchemaMapping mapping, Optional<MigrationHistory> history)
            implements TenantScan {
        public Read {
            requireTenant(tenant);
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(history, "history");
        }

        /** A tenant of a database-per-tenant fleet, without history. */
        public static Read of(String tenant, Catalog catalog) {
            return new Read(tenant, catalog, SchemaMapping.identity(), Optional.empty());
        }
    }

    /**
     * A tenant that could not be read.
     *
     * @param reason one line saying why (unreachable, authentication, timeout, permission), never a password:
     *               it is redacted here, so every report format and summary file shows the same safe text
     */
    record Failed(String tenant, String reason) implements TenantScan {
        public Failed {
            requireTenant(tenant);
            reason = Secrets.redact(Objects.requireNonNull(reason, "reason"));
        }
    }

    private static void requireTenant(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (tenant.isEmpty()) {
            throw new IllegalArgumentException("a tenant name must not be empty");
        }
    }
}
