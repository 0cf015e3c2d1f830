package dev.drift.core;

import java.util.List;
import java.util.Objects;

/**
 * The differences that separate a target catalog from its reference, in key order. Carries both
 * catalogs, so a planner can look up what a missing table contains or what depends on a changed object.
 */
public record SchemaDiff(Catalog reference, Catalog target, List<Change> changes) {

    public SchemaDiff {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(target, "target");
        changes = changes.stream().sorted().toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public <T extends Change> List<T> changes(Class<T> type) {
        return changes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Where the target stands: {@code BEHIND} when it only lacks objects, {@code AHEAD} when it only has
     * extra ones, {@code DIVERGED} when both or when an object differs.
     */
    public TenantStatus status() {
        if (changes.isEmpty()) {
            return TenantStatus.IN_SYNC;
        }
        boolean missing = !changes(Change.Missing.class).isEmpty();
        boolean unexpected = !changes(Change.Unexpected.class).isEmpty();
        boolean changed = !changes(Change.Changed.class).isEmpty();
        if (changed || (missing && unexpected)) {
            return TenantStatus.DIVERGED;
        }
        return missing ? TenantStatus.BEHIND : TenantStatus.AHEAD;
    }
}
