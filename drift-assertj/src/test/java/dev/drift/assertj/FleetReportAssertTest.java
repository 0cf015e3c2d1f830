package dev.drift.assertj;

import static dev.drift.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.TenantStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.TenantSource;
import dev.drift.report.FleetReport;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetReportAssertTest {

    private static FleetReport fleet(TestDatabase... tenants) {
        List<TenantSource> sources = java.util.Arrays.stream(tenants)
                .map(t -> TenantSource.database(t.name(), DatabaseUrl.parse(t.jdbcUrl()))).toList();
        return FleetReport.of(Fleet.compare(FleetScanner.builder().build().scan(sources), Baseline.automatic()),
                PlanOptions.DEFAULTS);
    }

    @Test
    void aFleetInSyncPassesAndOneBehindFailsWithItsFix() {
        PostgresServer server = PostgresServer.shared();
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(server);
             TestDatabase c = server.createDatabase("tenant_c").execute(ReferenceScenario.TENANT_A)) {
            assertThat(fleet(t.tenantA(), c)).allTenantsInSync().hasTenant(c.name(), TenantStatus.IN_SYNC);

            FleetReport behind = fleet(t.tenantA(), t.tenantB(), c);
            assertThat(behind).hasTenant(t.tenantB().name(), TenantStatus.BEHIND);
            assertThatThrownBy(() -> assertThat(behind).allTenantsInSync())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Expecting every tenant to be in sync with the baseline, but the fleet has"
                            + " 3 tenants: 2 in sync, 1 behind, 0 ahead, 0 diverged, 0 failed:\n")
                    .hasMessageContaining(t.tenantB().name() + ": BEHIND")
                    .hasMessageContaining(ReferenceScenario.FIX_FOR_TENANT_B);
            assertThatThrownBy(() -> assertThat(behind).hasTenant("nobody", TenantStatus.IN_SYNC))
                    .hasMessageStartingWith("Expecting the fleet to have tenant nobody");
        }
    }
}
