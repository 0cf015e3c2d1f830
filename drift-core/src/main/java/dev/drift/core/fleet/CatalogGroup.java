package dev.drift.core.fleet;

import dev.drift.core.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * The tenants that share one schema: one fingerprint of what the comparison looks at
 * ({@link dev.drift.core.Differ#fingerprint(Catalog, dev.drift.core.DiffOptions)}).
 *
 * @param fingerprint the fingerprint the tenants share
 * @param catalog     the catalog of the group's first tenant, in canonical names; every tenant of the
 *                    group is diffed through it
 * @param tenants     the tenants' names, sorted
 */
public record CatalogGroup(String fingerprint, Catalog catalog, List<String> tenants) {
    public CatalogGroup {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(catalog, "catalog");
        tenants = tenants.stream().sorted().toList();
    }

    /** The first 12 hex digits of the fingerprint, for people. */
    public String shortFingerprint() {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
