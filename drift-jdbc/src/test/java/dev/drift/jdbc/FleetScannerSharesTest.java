package dev.drift.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.ObjectKey;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.TenantStatus;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A schema-per-tenant database big enough to be read in several parallel passes. */
class FleetScannerSharesTest {

    @Test
    void manyTenantSchemasAreReadInParallelSharesAndSplitAlike() {
        int tenants = 2 * FleetScanner.SCHEMAS_PER_PASS + 1;
        try (TestDatabase db = PostgresServer.shared().createDatabase("fleet_shares")) {
            StringBuilder ddl = new StringBuilder("CREATE SCHEMA shared; CREATE TABLE shared.plans (id int);");
            for (int i = 0; i < tenants; i++) {
                // The last tenant lacks a column; a routine and a view give dependencies inside each schema.
                ddl.append(FleetScannerTest.schemaTenant("tenant_%03d".formatted(i), i < tenants - 1))
                        .append("CREATE VIEW tenant_%03d.named AS SELECT id, name FROM tenant_%03d.customers;"
                                .formatted(i, i));
            }
            db.execute(ddl.toString());
            List<TenantScan> scans = FleetScanner.builder().jobs(4).jobsPerServer(3).build()
                    .scan(List.of(TenantSource.schemas(DatabaseUrl.parse(db.jdbcUrl()), "tenant\\_%")));

            assertThat(scans).hasSize(tenants).allMatch(s -> s instanceof TenantScan.Read);
            Set<Object> catalogs = scans.stream().map(s -> (Object) ((TenantScan.Read) s).catalog())
                    .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
            assertThat(catalogs).as("one shared catalog per distinct shape").hasSize(2);
            TenantScan.Read first = (TenantScan.Read) scans.get(0);
            assertThat(first.catalog().find(ObjectKey.table("shared", "plans"))).isEmpty();
            assertThat(first.catalog().dependencies()).isNotEmpty();

            FleetComparison fleet = Fleet.compare(scans, Baseline.majority());
            assertThat(fleet.count(TenantStatus.IN_SYNC)).isEqualTo(tenants - 1);
            assertThat(fleet.tenant("tenant_%03d".formatted(tenants - 1)).orElseThrow().status())
                    .isEqualTo(TenantStatus.BEHIND);
        }
    }
}
