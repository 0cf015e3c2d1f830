package dev.drift.core.internal;

import dev.drift.core.Catalog;
import dev.drift.core.ColumnDef;
import dev.drift.core.DbObject;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDef;
import dev.drift.core.TableDef;
import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.internal.CatalogInterner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogInternerTest {

    /** A fresh catalog of 14 objects, built from new instances each time. */
    private static Catalog tenant(String database, boolean extraColumn) {
        List<DbObject> objects = new ArrayList<>();
        objects.add(SchemaDef.of("public"));
        for (int t = 0; t < 1; t++) {
            String table = "table_" + t;
            objects.add(TableDef.of("public", table));
            for (int c = 1; c <= 12; c++) {
                objects.add(ColumnDef.of("public", table, "column_" + c, c, new String("text")));
            }
        }
        if (extraColumn) {
            objects.add(ColumnDef.of("public", "table_0", "external_id", 13, "text"));
        }
        return new Catalog(database, 170007, objects);
    }

    @Test
    void tenThousandTenantsOfOneSchemaShareOneCatalog() {
        CatalogInterner interner = new CatalogInterner();
        List<Catalog> fleet = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            fleet.add(interner.intern(tenant("tenant_" + i, i % 100 == 0)));
        }
        assertThat(interner.catalogCount()).isEqualTo(2);
        // 14 objects of the common schema, plus the extra column: objects are shared across the two schemas.
        assertThat(interner.objectCount()).isEqualTo(15);
        IdentityHashMap<Catalog, Boolean> distinct = new IdentityHashMap<>();
        fleet.forEach(c -> distinct.put(c, true));
        assertThat(distinct).hasSize(2);
        assertThat(fleet.get(1)).isSameAs(fleet.get(9_999));
        // Comparing the fleet diffs each distinct schema once: tenants of a group share one diff.
        List<TenantScan> scans = new ArrayList<>();
        for (int i = 0; i < fleet.size(); i++) {
            scans.add(TenantScan.Read.of("tenant_" + i, fleet.get(i)));
        }
        FleetComparison comparison = Fleet.compare(scans, Baseline.majority());
        assertThat(comparison.summary()).isEqualTo("10000 tenants: 9900 in sync, 0 behind, 100 ahead, 0 diverged, 0 failed");
        assertThat(comparison.tenant("tenant_100").orElseThrow().diff().orElseThrow())
                .isSameAs(comparison.tenant("tenant_9900").orElseThrow().diff().orElseThrow());
        Catalog behind = fleet.get(1);
        Catalog ahead = fleet.get(0);
        assertThat(ahead.find(ObjectKey.column("public", "table_0", "column_5")).orElseThrow())
                .isSameAs(behind.find(ObjectKey.column("public", "table_0", "column_5")).orElseThrow());
    }
}
