package dev.drift.core.fleet;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.DiffOptions;
import dev.drift.core.DriftException;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.SchemaDiff;
import dev.drift.core.TableDef;
import dev.drift.core.TenantStatus;
import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.internal.SchemaMapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FleetTest {

    private static final TableDef ORDERS = TableDef.of("public", "orders");
    private static final ColumnDef ID = ColumnDef.of("public", "orders", "id", 1, "bigint");
    private static final ColumnDef EXTERNAL_ID = ColumnDef.of("public", "orders", "external_id", 2, "text");
    private static final ColumnDef NOTE = ColumnDef.of("public", "orders", "note", 2, "text");

    private static TenantScan.Read tenant(String name, DbObject... objects) {
        return TenantScan.Read.of(name, new Catalog(name, 170007, List.of(objects)));
    }

    private static TenantScan.Read withHistory(String name, List<String> versions, DbObject... objects) {
        MigrationHistory history = new MigrationHistory(MigrationHistory.Tool.FLYWAY,
                versions.stream().map(v -> new MigrationHistory.Migration(v, "migration " + v)).toList());
        return new TenantScan.Read(name, new Catalog(name, 170007, List.of(objects)), SchemaMapping.identity(),
                Optional.of(history));
    }

    @Test
    void withTwoTenantsAndNoBaselineTheOneThatOnlyLacksIsBehind() {
        FleetComparison fleet = Fleet.compare(List.of(tenant("tenant_a", ORDERS, ID, EXTERNAL_ID),
                tenant("tenant_b", ORDERS, ID)), Baseline.automatic());
        assertThat(fleet.tenant("tenant_a").orElseThrow().status()).isEqualTo(TenantStatus.IN_SYNC);
        assertThat(fleet.tenant("tenant_a").orElseThrow().needsFix()).isFalse();
        TenantOutcome b = fleet.tenant("tenant_b").orElseThrow();
        assertThat(b.status()).isEqualTo(TenantStatus.BEHIND);
        assertThat(b.diff().orElseThrow().changes()).singleElement().extracting(Change::key).isEqualTo(EXTERNAL_ID.key());
        assertThat(fleet.summary()).isEqualTo("2 tenants: 1 in sync, 1 behind, 0 ahead, 0 diverged, 0 failed");
    }

    @Test
    void whenBothLackSomethingBothAreDivergedAndNoBaselineIsGuessed() {
        FleetComparison fleet = Fleet.compare(List.of(tenant("tenant_a", ORDERS, ID, EXTERNAL_ID),
                tenant("tenant_b", ORDERS, ID, NOTE)), Baseline.automatic());
        assertThat(fleet.baseline()).isEmpty();
        assertThat(fleet.unresolved()).get().asString().contains("name a baseline");
        assertThat(fleet.tenants()).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TenantStatus.DIVERGED);
            assertThat(t.diff()).isEmpty();
        });
    }

    @Test
    void majorityIsTheBaselineAndEachSchemaIsDiffedOnce() {
        FleetComparison fleet = Fleet.compare(List.of(tenant("t1", ORDERS, ID), tenant("t2", ORDERS, ID),
                tenant("t3", ORDERS, ID, NOTE), tenant("t4", ORDERS, ID, EXTERNAL_ID), tenant("t5", ORDERS, ID, EXTERNAL_ID)),
                Baseline.majority());
        assertThat(fleet.baseline()).isEmpty(); // 2 vs 2: a tie
        assertThat(fleet.unresolved()).get().asString().startsWith("no majority");

        fleet = Fleet.compare(List.of(tenant("t1", ORDERS, ID), tenant("t2", ORDERS, ID), tenant("t6", ORDERS, ID),
                tenant("t3", ORDERS, ID, NOTE), tenant("t4", ORDERS, ID, EXTERNAL_ID), tenant("t5", ORDERS, ID, EXTERNAL_ID)),
                Baseline.majority());
        assertThat(fleet.baseline().orElseThrow().description()).contains("3 of 6 tenants");
        assertThat(fleet.groups()).extracting(g -> g.tenants().size()).containsExactly(3, 2, 1);
        assertThat(fleet.tenant("t4").orElseThrow().status()).isEqualTo(TenantStatus.AHEAD);
        assertThat(fleet.tenant("t4").orElseThrow().diff().orElseThrow())
                .isSameAs(fleet.tenant("t5").orElseThrow().diff().orElseThrow());
    }

    @Test
    void aNamedTenantOrASnapshotIsTheBaseline() {
        List<TenantScan> scans = List.of(tenant("a", ORDERS, ID, EXTERNAL_ID), tenant("b", ORDERS, ID),
                new TenantScan.Failed("c", "cannot connect to localhost:1/c: connection refused"));
        FleetComparison byB = Fleet.compare(scans, Baseline.tenant("b"));
        assertThat(byB.tenant("a").orElseThrow().status()).isEqualTo(TenantStatus.AHEAD);
        assertThat(byB.tenant("c").orElseThrow().status()).isEqualTo(TenantStatus.FAILED);
        assertThat(byB.tenant("c").orElseThrow().reason()).get().asString().contains("connection refused");
        FleetComparison bySnapshot = Fleet.compare(scans, Baseline.catalog("prod.json", Catalog.of(ORDERS, ID, NOTE)));
        assertThat(bySnapshot.tenant("a").orElseThrow().status()).isEqualTo(TenantStatus.DIVERGED);
        assertThat(bySnapshot.tenant("b").orElseThrow().status()).isEqualTo(TenantStatus.BEHIND);
        assertThatThrownBy(() -> Fleet.compare(scans, Baseline.tenant("zz"))).hasMessageContaining("not in the fleet");
        assertThatThrownBy(() -> Fleet.compare(scans, Baseline.tenant("c"))).isInstanceOf(DriftException.class)
                .hasMessageContaining("could not be read");
    }

    @Test
    void historyTellsLagFromDrift() {
        FleetComparison fleet = Fleet.compare(List.of(
                withHistory("current", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID),
                withHistory("current_too", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID),
                withHistory("lagging", List.of("1"), ORDERS, ID),
                withHistory("drifted", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID, NOTE.withNotNull(false)
                        .withDefault("'x'::text"))), Baseline.history());
        assertThat(fleet.baseline().orElseThrow().description()).contains("V2 (migration 2)");
        TenantOutcome lagging = fleet.tenant("lagging").orElseThrow();
        assertThat(lagging.status()).isEqualTo(TenantStatus.BEHIND);
        assertThat(lagging.causes()).containsExactly(TenantOutcome.Cause.LAG);
        assertThat(lagging.explanation(MigrationHistory.Tool.FLYWAY)).isEqualTo("lag: not applied V2 (migration 2)");
        TenantOutcome drifted = fleet.tenant("drifted").orElseThrow();
        assertThat(drifted.status()).isEqualTo(TenantStatus.AHEAD);
        assertThat(drifted.causes()).containsExactly(TenantOutcome.Cause.DRIFT);
        assertThat(fleet.tenant("current").orElseThrow().causes()).isEmpty();
    }

    @Test
    void aLaggingTenantThatAlsoDiffersFromItsPeersHasDriftedToo() {
        FleetComparison fleet = Fleet.compare(List.of(
                withHistory("current", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID),
                withHistory("current_too", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID),
                withHistory("lagging", List.of("1"), ORDERS, ID),
                withHistory("lagging_too", List.of("1"), ORDERS, ID),
                withHistory("lagging_and_drifted", List.of("1"), ORDERS, ID, NOTE)), Baseline.history());
        assertThat(fleet.tenant("lagging").orElseThrow().causes()).containsExactly(TenantOutcome.Cause.LAG);
        TenantOutcome both = fleet.tenant("lagging_and_drifted").orElseThrow();
        assertThat(both.status()).isEqualTo(TenantStatus.DIVERGED);
        assertThat(both.causes()).containsExactly(TenantOutcome.Cause.LAG, TenantOutcome.Cause.DRIFT);
        assertThat(both.explanation(MigrationHistory.Tool.FLYWAY))
                .isEqualTo("lag: not applied V2 (migration 2); drift: it also differs from the tenants at its own migration");
    }

    @Test
    void schemaPerTenantDiffsComeBackInTheTenantsOwnNames() {
        SchemaMapping toA = SchemaMapping.tenantSchema("tenant_a");
        SchemaMapping toB = SchemaMapping.tenantSchema("tenant_b");
        Catalog a = toA.apply(Catalog.of(SchemaDef.of("tenant_a"), TableDef.of("tenant_a", "orders"),
                ColumnDef.of("tenant_a", "orders", "id", 1, "bigint"), ColumnDef.of("tenant_a", "orders", "x", 2, "text")));
        Catalog b = toB.apply(Catalog.of(SchemaDef.of("tenant_b"), TableDef.of("tenant_b", "orders"),
                ColumnDef.of("tenant_b", "orders", "id", 1, "bigint")));
        FleetComparison fleet = Fleet.compare(List.of(new TenantScan.Read("tenant_a", a, toA, Optional.empty()),
                new TenantScan.Read("tenant_b", b, toB, Optional.empty())), Baseline.automatic());
        SchemaDiff real = fleet.tenant("tenant_b").orElseThrow().diffInTenantNames().orElseThrow();
        assertThat(real.changes()).singleElement().extracting(Change::key)
                .isEqualTo(ObjectKey.column("tenant_b", "orders", "x"));
    }

    @Test
    void tenantsThatDifferOnlyInColumnOrderShareAGroup() {
        ColumnDef externalIdLast = ColumnDef.of("public", "orders", "external_id", 3, "text");
        ColumnDef noteFirst = ColumnDef.of("public", "orders", "note", 2, "text");
        List<TenantScan> scans = List.of(tenant("a", ORDERS, ID, EXTERNAL_ID, NOTE),
                tenant("b", ORDERS, ID, noteFirst, externalIdLast), tenant("c", ORDERS, ID));
        FleetComparison fleet = Fleet.compare(scans, Baseline.majority());
        assertThat(fleet.groups()).extracting(g -> g.tenants().size()).containsExactly(2, 1);
        assertThat(fleet.tenant("b").orElseThrow().status()).isEqualTo(TenantStatus.IN_SYNC);
        assertThat(Fleet.compare(scans, Baseline.automatic()).tenant("c").orElseThrow().status())
                .isEqualTo(TenantStatus.BEHIND);
        FleetComparison ordered = Fleet.compare(scans, Baseline.majority(), DiffOptions.DEFAULTS.withColumnOrder(true));
        assertThat(ordered.groups()).hasSize(3);
        assertThat(ordered.unresolved()).isPresent();
    }

    @Test
    void eachTenantCarriesItsOwnFingerprintWhileItsGroupIgnoresColumnOrder() {
        ColumnDef externalIdLast = ColumnDef.of("public", "orders", "external_id", 3, "text");
        ColumnDef noteFirst = ColumnDef.of("public", "orders", "note", 2, "text");
        ColumnDef noteLast = ColumnDef.of("public", "orders", "note", 3, "text");
        TenantScan.Read b = tenant("b", ORDERS, ID, EXTERNAL_ID, noteLast);
        TenantScan.Read c = tenant("c", ORDERS, ID, noteFirst, externalIdLast);
        FleetComparison fleet = Fleet.compare(List.of(tenant("a", ORDERS, ID, EXTERNAL_ID), b, c), Baseline.tenant("a"));

        TenantOutcome ob = fleet.tenant("b").orElseThrow();
        TenantOutcome oc = fleet.tenant("c").orElseThrow();
        assertThat(ob.fingerprint()).as("one group").isEqualTo(oc.fingerprint());
        assertThat(ob.catalogFingerprint()).hasValue(b.catalog().fingerprint());
        assertThat(oc.catalogFingerprint()).hasValue(c.catalog().fingerprint()).isNotEqualTo(ob.catalogFingerprint());
        assertThat(ob.schema()).isEmpty();
        assertThat(fleet.tenant("a").orElseThrow().catalogFingerprint()).as("no fix, nothing to check").isEmpty();
    }

    @Test
    void aTenantSchemasOwnFingerprintIsOfItsCatalogInItsRealNames() {
        SchemaMapping toA = SchemaMapping.tenantSchema("tenant_a");
        SchemaMapping toB = SchemaMapping.tenantSchema("Tenant \"B\"\n");
        Catalog realB = Catalog.of(SchemaDef.of("Tenant \"B\"\n"), TableDef.of("Tenant \"B\"\n", "orders"),
                ColumnDef.of("Tenant \"B\"\n", "orders", "id", 1, "bigint"));
        Catalog a = toA.apply(Catalog.of(SchemaDef.of("tenant_a"), TableDef.of("tenant_a", "orders"),
                ColumnDef.of("tenant_a", "orders", "id", 1, "bigint"), ColumnDef.of("tenant_a", "orders", "x", 2, "text")));
        FleetComparison fleet = Fleet.compare(List.<TenantScan>of(new TenantScan.Read("tenant_a", a, toA, Optional.empty()),
                new TenantScan.Read("b", toB.apply(realB), toB, Optional.empty()), new TenantScan.Failed("gone", "down")),
                Baseline.tenant("tenant_a"));

        TenantOutcome b = fleet.tenant("b").orElseThrow();
        assertThat(b.catalogFingerprint()).hasValue(realB.fingerprint());
        assertThat(b.schema()).hasValue("Tenant \"B\"\n");
        assertThat(fleet.tenant("tenant_a").orElseThrow().schema()).hasValue("tenant_a");
        assertThat(fleet.tenant("tenant_a").orElseThrow().catalogFingerprint()).isEmpty();
        TenantOutcome gone = fleet.tenant("gone").orElseThrow();
        assertThat(gone.fingerprint()).isEmpty();
        assertThat(gone.catalogFingerprint()).isEmpty();
    }

    private static final TableDef INVOICES = TableDef.of("public", "invoices");
    private static final ColumnDef INVOICE_ID = ColumnDef.of("public", "invoices", "id", 1, "bigint");
    private static final ColumnDef INVOICE_TOTAL = ColumnDef.of("public", "invoices", "total", 2, "numeric");

    /** V1 makes orders(id); V2 adds orders.external_id and the table invoices(id, total). */
    private static List<TenantScan> migratedFleet(TenantScan.Read... more) {
        List<TenantScan> scans = new java.util.ArrayList<>(List.of(
                withHistory("v2_a", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID, INVOICES, INVOICE_ID, INVOICE_TOTAL),
                withHistory("v2_b", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID, INVOICES, INVOICE_ID, INVOICE_TOTAL),
                withHistory("v1_a", List.of("1"), ORDERS, ID),
                withHistory("v1_b", List.of("1"), ORDERS, ID)));
        scans.addAll(List.of(more));
        return scans;
    }

    @Test
    void aTenantWhoseHistoryRecordsAMigrationButLacksPartOfItIsPartial() {
        FleetComparison fleet = Fleet.compare(migratedFleet(
                withHistory("half", List.of("1", "2"), ORDERS, ID, INVOICES, INVOICE_ID, INVOICE_TOTAL)), Baseline.history());
        TenantOutcome half = fleet.tenant("half").orElseThrow();
        assertThat(half.status()).isEqualTo(TenantStatus.BEHIND);
        assertThat(half.causes()).containsExactly(TenantOutcome.Cause.PARTIAL);
        PartialMigration partial = half.partial().orElseThrow();
        assertThat(partial.migration().id()).isEqualTo("2");
        assertThat(partial.recorded()).isTrue();
        assertThat(partial.present()).containsExactly(INVOICES.key());
        assertThat(partial.missing()).containsExactly(EXTERNAL_ID.key());
        assertThat(half.explanation(MigrationHistory.Tool.FLYWAY)).isEqualTo("partial: V2 (migration 2) is recorded"
                + " but only partly applied: has table public.invoices; lacks column public.orders.external_id");
        assertThat(half.label()).isEqualTo("BEHIND (PARTIAL)");
        assertThat(fleet.summary()).endsWith("; 1 partial");
        // The others keep their causes: those at V1 lag, those at V2 are in sync.
        assertThat(fleet.tenant("v1_a").orElseThrow().causes()).containsExactly(TenantOutcome.Cause.LAG);
        assertThat(fleet.tenant("v1_a").orElseThrow().partial()).isEmpty();
        assertThat(fleet.tenant("v2_a").orElseThrow().status()).isEqualTo(TenantStatus.IN_SYNC);
    }

    @Test
    void aTenantWhoseHistoryDoesNotRecordAMigrationButHasPartOfItIsPartial() {
        FleetComparison fleet = Fleet.compare(migratedFleet(
                withHistory("started", List.of("1"), ORDERS, ID, INVOICES, INVOICE_ID, INVOICE_TOTAL, NOTE)),
                Baseline.history());
        TenantOutcome started = fleet.tenant("started").orElseThrow();
        // It also has a column no migration made: that is drift, on top.
        assertThat(started.causes()).containsExactly(TenantOutcome.Cause.DRIFT, TenantOutcome.Cause.PARTIAL);
        assertThat(started.partial().orElseThrow().recorded()).isFalse();
        assertThat(started.partial().orElseThrow().missing()).containsExactly(EXTERNAL_ID.key());
        assertThat(started.explanation(MigrationHistory.Tool.FLYWAY)).isEqualTo("partial: V2 (migration 2) is not"
                + " recorded but partly applied: has table public.invoices; lacks column public.orders.external_id;"
                + " drift: it also differs from its peers in what no migration made");
        // Its fix completes the migration and never creates what exists.
        assertThat(started.diff().orElseThrow().changes()).extracting(Change::key)
                .containsExactlyInAnyOrder(EXTERNAL_ID.key(), NOTE.key());
    }

    @Test
    void withoutAgreeingPeersOnBothSidesOfAMigrationNothingIsCalledPartial() {
        // Only one tenant at V1: what V2 did cannot be told from the tenants, so the half-migrated one just lags.
        FleetComparison fleet = Fleet.compare(List.of(
                withHistory("v2_a", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID, INVOICES),
                withHistory("v2_b", List.of("1", "2"), ORDERS, ID, EXTERNAL_ID, INVOICES),
                withHistory("started", List.of("1"), ORDERS, ID, INVOICES)), Baseline.history());
        TenantOutcome started = fleet.tenant("started").orElseThrow();
        assertThat(started.partial()).isEmpty();
        assertThat(started.causes()).containsExactly(TenantOutcome.Cause.LAG);
        // A tenant that has all of the next migration, or none of it, is not partial either.
        FleetComparison whole = Fleet.compare(migratedFleet(
                withHistory("all_unrecorded", List.of("1"), ORDERS, ID, EXTERNAL_ID, INVOICES, INVOICE_ID, INVOICE_TOTAL),
                withHistory("none", List.of("1"), ORDERS, ID)), Baseline.history());
        assertThat(whole.tenant("all_unrecorded").orElseThrow().partial()).isEmpty();
        assertThat(whole.tenant("none").orElseThrow().partial()).isEmpty();
        assertThat(whole.countPartial()).isZero();
    }

    @Test
    void namesMustBeUnique() {
        assertThatThrownBy(() -> Fleet.compare(List.of(tenant("a"), tenant("a")), Baseline.majority()))
                .hasMessageContaining("twice");
    }
}
