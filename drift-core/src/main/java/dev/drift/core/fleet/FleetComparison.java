package dev.drift.core.fleet;

import dev.drift.core.Catalog;
import dev.drift.core.TenantStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fleet compared with its baseline: every tenant's status, the distinct schemas, and the baseline
 * that was chosen or why none could be.
 *
 * @param tenants    every tenant's outcome, sorted by name
 * @param groups     the distinct schemas, largest group first (then by fingerprint)
 * @param baseline   the baseline the tenants were measured against
 * @param unresolved why no baseline could be chosen, when none was (the tenants are then left
 *                   {@code DIVERGED} unless they all share one schema)
 * @param history    the tool whose history chose the baseline, when one did
 */
public record FleetComparison(List<TenantOutcome> tenants, List<CatalogGroup> groups, Optional<Resolved> baseline,
                              Optional<String> unresolved, Optional<MigrationHistory.Tool> history) {

    /**
     * The baseline a fleet was measured against.
     *
     * @param description what it is, for people: {@code tenant tenant_a}, {@code majority (7 of 10 tenants)}
     * @param fingerprint its fingerprint as the fleet's groups are fingerprinted ({@link dev.drift.core.Differ#fingerprint})
     * @param catalog     its catalog, in canonical names
     * @param migrations  with a migration-history baseline, the migrations it has applied
     * @param named       whether the caller named it (a tenant, a snapshot); false when Drift chose it from the
     *                    tenants (the schema that lacks nothing the others have, the majority, the migration
     *                    history), so that a tenant could have made itself the baseline: see docs/security.md
     */
    public record Resolved(String description, String fingerprint, Catalog catalog,
                           List<MigrationHistory.Migration> migrations, boolean named) {
        public Resolved {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(catalog, "catalog");
            migrations = List.copyOf(migrations);
        }

        /** A baseline Drift chose from the tenants (not {@link #named()}). */
        public Resolved(String description, String fingerprint, Catalog catalog,
                        List<MigrationHistory.Migration> migrations) {
            this(description, fingerprint, catalog, migrations, false);
        }
    }

    public FleetComparison {
        tenants = tenants.stream().sorted(java.util.Comparator.comparing(TenantOutcome::tenant)).toList();
        groups = List.copyOf(groups);
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(unresolved, "unresolved");
        Objects.requireNonNull(history, "history");
    }

    public Optional<TenantOutcome> tenant(String name) {
        return tenants.stream().filter(t -> t.tenant().equals(name)).findFirst();
    }

    public long count(TenantStatus status) {
        return tenants.stream().filter(t -> t.status() == status).count();
    }

    /** Whether every tenant was read and matches the baseline. */
    public boolean allInSync() {
        return !tenants.isEmpty() && count(TenantStatus.IN_SYNC) == tenants.size();
    }

    /** Whether not a single tenant could be read (or the fleet is empty). */
    public boolean nothingRead() {
        return count(TenantStatus.FAILED) == tenants.size();
    }

    /** How many tenants have a migration applied only in part (each also counts under its status). */
    public long countPartial() {
        return tenants.stream().filter(TenantOutcome::isPartial).count();
    }

    /**
     * {@code 12 tenants: 9 in sync, 2 behind, 0 ahead, 0 diverged, 1 failed}, followed by {@code ; 1 partial}
     * when some tenant has a migration applied only in part.
     */
    public String summary() {
        StringBuilder b = new StringBuilder().append(tenants.size()).append(tenants.size() == 1 ? " tenant: " : " tenants: ");
        TenantStatus[] order = TenantStatus.values();
        for (int i = 0; i < order.length; i++) {
            b.append(i == 0 ? "" : ", ").append(count(order[i])).append(' ')
                    .append(order[i].name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        long partial = countPartial();
        return partial == 0 ? b.toString() : b.append("; ").append(partial).append(" partial").toString();
    }
}
