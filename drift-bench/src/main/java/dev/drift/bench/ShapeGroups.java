package dev.drift.bench;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tenants grouped by catalog fingerprint as they are read: only one catalog per distinct shape is
 * kept, so a fleet of thousands of tenants of a few shapes costs the memory of a few catalogs. After
 * the scan each distinct shape is diffed once against the reference.
 */
final class ShapeGroups {

    private static final class Group {
        final Catalog representative;
        final AtomicInteger members = new AtomicInteger();

        Group(Catalog representative) {
            this.representative = representative;
        }
    }

    /** The result of comparing a fleet against its reference. */
    record Comparison(int tenants, int distinctShapes, int driftedTenants, long changes) {
    }

    private final Map<String, Group> groups = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    /** Adds a tenant's catalog; the fingerprint is computed on the calling (scanning) thread. */
    void add(String tenant, Catalog catalog) {
        String fingerprint = catalog.fingerprint();
        groups.computeIfAbsent(fingerprint, f -> new Group(catalog)).members.incrementAndGet();
        if (fingerprints.put(tenant, fingerprint) != null) {
            throw new IllegalStateException("tenant " + tenant + " was scanned twice");
        }
    }

    int tenants() {
        return fingerprints.size();
    }

    int distinctShapes() {
        return groups.size();
    }

    /** Diffs every distinct shape once against the shape of {@code referenceTenant}. */
    Comparison compareWith(String referenceTenant) {
        String reference = fingerprints.get(referenceTenant);
        if (reference == null) {
            throw new IllegalArgumentException("the reference tenant " + referenceTenant + " was not scanned");
        }
        return compare(reference);
    }

    /** Diffs every distinct shape once against the shape most tenants share. */
    Comparison compareWithMajority() {
        String majority = groups.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Group>>comparingInt(e -> e.getValue().members.get())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow(() -> new IllegalStateException("no tenant was scanned")).getKey();
        return compare(majority);
    }

    private Comparison compare(String referenceFingerprint) {
        Catalog reference = groups.get(referenceFingerprint).representative;
        int drifted = 0;
        long changes = 0;
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            if (e.getKey().equals(referenceFingerprint)) {
                continue;
            }
            SchemaDiff diff = Differ.compare(reference, e.getValue().representative);
            int members = e.getValue().members.get();
            if (!diff.isEmpty()) {
                drifted += members;
                changes += (long) diff.changes().size() * members;
            }
        }
        return new Comparison(tenants(), distinctShapes(), drifted, changes);
    }
}
