package dev.drift.assertj;

import dev.drift.core.Catalog;
import dev.drift.core.SchemaDiff;

/**
 * Entry point for Drift's AssertJ assertions: tenant parity in tests, with failure messages that list the
 * differences and the SQL that fixes them.
 *
 * <pre>{@code
 * import static dev.drift.assertj.DriftAssertions.assertThat;
 *
 * assertThat(tenantB).isInSyncWith(tenantA);
 * assertThat(tenantB).hasNoDriftFrom(Path.of("src/test/resources/baseline.json"));
 * assertThat(Differ.compare(tenantA, tenantB)).hasMissing(ObjectKey.column("public", "orders", "external_id"));
 * }</pre>
 *
 * <p>An assertion over a whole fleet ({@code allTenantsInSync()}) joins these once the fleet API exists.
 */
public final class DriftAssertions {

    private DriftAssertions() {
    }

    /** Assertions on a catalog, read from a tenant with {@code PostgresCatalogReader} or from a snapshot. */
    public static CatalogAssert assertThat(Catalog actual) {
        return new CatalogAssert(actual);
    }

    /** Assertions on the result of {@code Differ.compare(reference, target)}. */
    public static SchemaDiffAssert assertThat(SchemaDiff actual) {
        return new SchemaDiffAssert(actual);
    }
}
