package dev.drift.core.fleet;

import dev.drift.core.Catalog;
import java.util.Objects;

/** What a fleet is measured against: the caller's choice, never a guess. */
public sealed interface Baseline
        permits Baseline.Automatic, Baseline.Majority, Baseline.OfTenant, Baseline.OfCatalog, Baseline.FromHistory {

    /**
     * No baseline named: if one schema of the fleet has everything every other one has (the others only
     * lack objects), it is the baseline; otherwise the tenants have diverged and the caller must name one.
     * With two tenants this is the reference scenario's rule: the one that only lacks objects is behind.
     */
    record Automatic() implements Baseline {
    }

    /** The schema most tenants share; a tie is reported, not broken. */
    record Majority() implements Baseline {
    }

    /** The schema of a named tenant. */
    record OfTenant(String tenant) implements Baseline {
        public OfTenant {
            Objects.requireNonNull(tenant, "tenant");
        }
    }

    /**
     * A given catalog, e.g. a saved snapshot. For a schema-per-tenant fleet it must use the canonical
     * names (map it with {@link dev.drift.core.internal.SchemaMapping#tenantSchema}).
     *
     * @param label what to call it in reports, e.g. the snapshot's file name
     */
    record OfCatalog(String label, Catalog catalog) implements Baseline {
        public OfCatalog {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    /**
     * The migration history: the tenants that have applied every migration any tenant applied form the
     * baseline (their majority schema, if they disagree); a tenant that has not applied some of them
     * lags, one that has applied them all yet differs has drifted.
     */
    record FromHistory() implements Baseline {
    }

    static Baseline automatic() {
        return new Automatic();
    }

    static Baseline majority() {
        return new Majority();
    }

    static Baseline tenant(String name) {
        return new OfTenant(name);
    }

    static Baseline catalog(String label, Catalog catalog) {
        return new OfCatalog(label, catalog);
    }

    static Baseline history() {
        return new FromHistory();
    }
}
