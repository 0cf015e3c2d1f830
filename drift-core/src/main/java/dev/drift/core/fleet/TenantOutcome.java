package dev.drift.core.fleet;

import dev.drift.core.SchemaDiff;
import dev.drift.core.TenantStatus;
import dev.drift.core.internal.SchemaMapping;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one tenant of a fleet stands against the baseline, and why.
 *
 * @param tenant      the tenant's name
 * @param status      in sync, behind, ahead, diverged or failed
 * @param fingerprint the fingerprint of its group (see {@link CatalogGroup}); empty if it failed
 * @param catalogFingerprint for a tenant that {@linkplain #needsFix() needs a fix}, the fingerprint of its own
 *                    catalog as read, in its own schema names ({@code Catalog.fingerprint()} of what
 *                    {@code drift apply} reads of it: with {@code --schema S} for a schema-per-tenant tenant): the one
 *                    its fix script carries. Not the group's: a group ignores column order (unless compared), so its
 *                    tenants may differ in column positions, and a fix checked against another tenant's fingerprint
 *                    would be refused as stale. Empty for a tenant without a fix: for a tenant schema it costs a
 *                    mapping and a hash of its catalog, which a fleet of thousands of schemas in sync need not pay
 * @param diff        what separates the tenant from the baseline, in canonical names; shared by every
 *                    tenant of its group, so its target is the group's first catalog (empty if the tenant
 *                    failed or no baseline could be chosen)
 * @param mapping     how the tenant's real schema names became the canonical ones
 * @param causes      with a migration-history baseline, why the tenant differs: {@code LAG}, {@code DRIFT}, or
 *                    both (it lags, and it also differs from the tenants that applied the same migrations)
 * @param pending     with a migration-history baseline: the baseline's migrations the tenant has not
 *                    applied, in order
 * @param reason      for a failed tenant, why it could not be read; for a tenant left diverged because no
 *                    baseline could be chosen, why
 * @param partial     with a migration-history baseline: the migration the tenant has applied only in part,
 *                    when its peers show one (then {@code causes} holds {@code PARTIAL}); in canonical names
 */
public record TenantOutcome(String tenant, TenantStatus status, Optional<String> fingerprint,
                            Optional<String> catalogFingerprint, Optional<SchemaDiff> diff, SchemaMapping mapping, List<Cause> causes,
                            List<MigrationHistory.Migration> pending, Optional<String> reason,
                            Optional<PartialMigration> partial) {

    /** Why a tenant differs from a migration-history baseline. */
    public enum Cause {
        /** It has not applied some migration yet. */
        LAG,
        /**
         * A change no migration made: it has applied the same migrations as the baseline yet its schema
         * differs, or (with {@code LAG}) it differs from the majority of the tenants at its own migration.
         */
        DRIFT,
        /**
         * A migration applied in part: the history records it yet the tenant lacks part of what it did, or
         * the history does not record it yet the tenant already has part of it ({@link #partial()}).
         */
        PARTIAL
    }

    public TenantOutcome {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(catalogFingerprint, "catalogFingerprint");
        if (catalogFingerprint.isPresent() && fingerprint.isEmpty()) {
            throw new IllegalArgumentException("a tenant's own fingerprint goes with its group's");
        }
        if (diff.filter(d -> !d.isEmpty()).isPresent() && catalogFingerprint.isEmpty()) {
            throw new IllegalArgumentException("a tenant that needs a fix needs its own fingerprint, for the fix's check");
        }
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(mapping, "mapping");
        causes = causes.stream().distinct().sorted().toList();
        pending = List.copyOf(pending);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(partial, "partial");
        if (partial.isPresent() != causes.contains(Cause.PARTIAL)) {
            throw new IllegalArgumentException("a partly applied migration goes with the cause PARTIAL, and only it");
        }
    }

    /** An outcome without a partly applied migration. */
    public TenantOutcome(String tenant, TenantStatus status, Optional<String> fingerprint,
                         Optional<String> catalogFingerprint, Optional<SchemaDiff> diff, SchemaMapping mapping,
                         List<Cause> causes, List<MigrationHistory.Migration> pending, Optional<String> reason) {
        this(tenant, status, fingerprint, catalogFingerprint, diff, mapping, causes, pending, reason, Optional.empty());
    }

    /**
     * The tenant's own schema, for a tenant of a schema-per-tenant fleet (the one its mapping makes
     * {@link SchemaMapping#TENANT_SCHEMA}); empty for a database-per-tenant tenant.
     */
    public Optional<String> schema() {
        return mapping.schemas().entrySet().stream().filter(e -> e.getValue().equals(SchemaMapping.TENANT_SCHEMA))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    /** Whether the tenant has a migration applied only in part. */
    public boolean isPartial() {
        return partial.isPresent();
    }

    /** The status as reports show it: {@code BEHIND}, or {@code BEHIND (PARTIAL)} with a partly applied migration. */
    public String label() {
        return partial.isPresent() ? status + " (PARTIAL)" : status.name();
    }

    /**
     * The diff in the tenant's own schema names, as its fix script must use them. Computed on each call
     * (the shared canonical diff is what the comparison keeps).
     */
    public Optional<SchemaDiff> diffInTenantNames() {
        return diff.map(d -> mapping.inverse().apply(d));
    }

    /** Whether the tenant differs from the baseline and a fix script can bring it in line. */
    public boolean needsFix() {
        return diff.isPresent() && !diff.get().isEmpty();
    }

    /** One line on why the tenant stands where it does, e.g. {@code lag: not applied V3 (add external id)}. */
    public String explanation(MigrationHistory.Tool tool) {
        if (reason.isPresent()) {
            return reason.get();
        }
        if (partial.isPresent()) {
            PartialMigration p = partial.get();
            List<String> parts = new java.util.ArrayList<>();
            parts.add("partial: " + p.describe(tool, mapping.inverse()::apply));
            List<MigrationHistory.Migration> later = pending.stream().filter(m -> !m.equals(p.migration())).toList();
            if (causes.contains(Cause.LAG)) {
                parts.add("lag: not applied " + later.stream().map(m -> m.describe(tool)).collect(Collectors.joining(", ")));
            }
            if (causes.contains(Cause.DRIFT)) {
                parts.add("drift: it also differs from its peers in what no migration made");
            }
            return String.join("; ", parts);
        }
        if (!causes.contains(Cause.LAG)) {
            return causes.isEmpty() ? "" : "drift: the same migrations are applied, yet the schema differs";
        }
        String lag = "lag: not applied " + pending.stream().map(m -> m.describe(tool)).collect(Collectors.joining(", "));
        return causes.contains(Cause.DRIFT) ? lag + "; drift: it also differs from the tenants at its own migration" : lag;
    }
}
