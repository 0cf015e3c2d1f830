package dev.drift.assertj;

import dev.drift.core.Catalog;
import dev.drift.core.SchemaDiff;
import dev.drift.report.FleetReport;

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
 * assertThat(FleetReport.of(Fleet.compare(scans, Baseline.majority()), PlanOptions.DEFAULTS)).allTenantsInSync();
 * }</pre>
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

    /** Assertions on a fleet report ({@code FleetReport.of(Fleet.compare(...), options)}). */
    public static FleetReportAssert assertThat(FleetReport actual) {
        return new FleetReportAssert(actual);
    }
}
