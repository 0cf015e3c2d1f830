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
    void namesMustBeUnique() {
        assertThatThrownBy(() -> Fleet.compare(List.of(tenant("a"), tenant("a")), Baseline.majority()))
                .hasMessageContaining("twice");
    }
}
