package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.TenantScan;
import dev.drift.core.TenantStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.TenantSource;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetReportTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    @Test
    void theReferenceScenarioAsATwoTenantFleetFixesOnlyTenantB() {
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(SERVER)) {
            List<TenantScan> scans = FleetScanner.builder().build().scan(List.of(
                    TenantSource.database("tenant_a", DatabaseUrl.parse(tenants.tenantA().jdbcUrl())),
                    TenantSource.database("tenant_b", DatabaseUrl.parse(tenants.tenantB().jdbcUrl()))));
            FleetReport report = FleetReport.of(Fleet.compare(scans, Baseline.automatic()), PlanOptions.DEFAULTS);
            assertThat(report.fleet().tenant("tenant_a").orElseThrow().status()).isEqualTo(TenantStatus.IN_SYNC);
            assertThat(report.fleet().tenant("tenant_b").orElseThrow().status()).isEqualTo(TenantStatus.BEHIND);
            assertThat(report.scripts()).containsOnlyKeys("tenant_b");
            assertThat(report.scripts().get("tenant_b").sqlStatements()).containsExactly(ReferenceScenario.FIX_FOR_TENANT_B);
            assertThat(report.scripts().get("tenant_b").heldBack()).isEmpty();
            assertThat(report.text())
                    .startsWith("Fleet: 2 tenants: 1 in sync, 1 behind, 0 ahead, 0 diverged, 0 failed\n")
                    .contains("tenant_b: BEHIND\n")
                    .contains("missing column public.orders.external_id")
                    .contains(ReferenceScenario.FIX_FOR_TENANT_B)
                    .doesNotContain("tenant_a: ");
            assertThat(report.markdown()).contains("| tenant_b | BEHIND |");
            assertThat(report.json()).startsWith("{\n  \"format\": \"drift-fleet/1\",")
                    .contains("\"status\": \"BEHIND\"").contains("\"IN_SYNC\": 1");
        }
    }

    @Test
    void tenantsInTheSameSituationAreReportedTogetherButEachGetsItsScript() {
        dev.drift.core.TableDef orders = dev.drift.core.TableDef.of("public", "orders");
        dev.drift.core.ColumnDef id = dev.drift.core.ColumnDef.of("public", "orders", "id", 1, "bigint");
        dev.drift.core.ColumnDef extra = dev.drift.core.ColumnDef.of("public", "orders", "external_id", 2, "text");
        List<TenantScan> scans = new java.util.ArrayList<>();
        for (String name : List.of("a1", "a2", "a3", "a4")) {
            scans.add(TenantScan.Read.of(name, dev.drift.core.Catalog.of(orders, id, extra)));
        }
        for (String name : List.of("b1", "b2", "b3")) {
            scans.add(TenantScan.Read.of(name, dev.drift.core.Catalog.of(orders, id)));
        }
        scans.add(new TenantScan.Failed("c1", "cannot connect to h:1/c1: connection refused"));
        FleetReport report = FleetReport.of(Fleet.compare(scans, Baseline.majority()), PlanOptions.DEFAULTS);
        assertThat(report.scripts()).containsOnlyKeys("b1", "b2", "b3");
        assertThat(report.scripts().get("b2").toSql()).startsWith("-- Drift fix script: makes b2 match the baseline\n");
        assertThat(report.text())
                .contains("Tenants that differ (4), in 2 situations, worst first:")
                .contains("\nb1, b2, b3: BEHIND\n  each of these 3 tenants is BEHIND the baseline (1 difference)\n")
                .contains("\nc1: FAILED - cannot connect to h:1/c1: connection refused\n")
                .contains("4 tenants  [baseline]  a1, a2, a3, a4\n").doesNotContain("a1, a2, a3, a4:");
        assertThat(report.markdown()).contains("| b1, b2, b3 | BEHIND |");
        // Worst first: nothing is known of a tenant that could not be read.
        assertThat(report.text().indexOf("\nc1: FAILED")).isLessThan(report.text().indexOf("\nb1, b2, b3: BEHIND"));
    }

    /**
     * Tenants of one group whose columns stand in other orders share the plan's statements, but each script carries
     * the tenant's own fingerprint (what apply compares) and, for a tenant schema, its schema.
     */
    @Test
    void eachScriptOfASharedPlanCarriesItsTenantsOwnFingerprintAndSchema() {
        dev.drift.core.TableDef orders = dev.drift.core.TableDef.of("public", "orders");
        dev.drift.core.ColumnDef id1 = dev.drift.core.ColumnDef.of("public", "orders", "id", 1, "bigint");
        dev.drift.core.ColumnDef note2 = dev.drift.core.ColumnDef.of("public", "orders", "note", 2, "text");
        dev.drift.core.ColumnDef id2 = dev.drift.core.ColumnDef.of("public", "orders", "id", 2, "bigint");
        dev.drift.core.ColumnDef note1 = dev.drift.core.ColumnDef.of("public", "orders", "note", 1, "text");
        dev.drift.core.ColumnDef extra = dev.drift.core.ColumnDef.of("public", "orders", "external_id", 3, "text");
        List<TenantScan.Read> behind = List.of(TenantScan.Read.of("b", dev.drift.core.Catalog.of(orders, id1, note2)),
                TenantScan.Read.of("c", dev.drift.core.Catalog.of(orders, note1, id2)),
                TenantScan.Read.of("d", dev.drift.core.Catalog.of(orders, id1, note2)));
        List<TenantScan> scans = new java.util.ArrayList<>(behind);
        scans.add(TenantScan.Read.of("a", dev.drift.core.Catalog.of(orders, id1, note2, extra)));
        FleetReport report = FleetReport.of(Fleet.compare(scans, Baseline.tenant("a")), PlanOptions.DEFAULTS);

        assertThat(report.fleet().groups()).hasSize(2);
        for (TenantScan.Read t : behind) {
            FixScript script = report.scripts().get(t.tenant());
            assertThat(script.targetFingerprint()).as(t.tenant()).isEqualTo(t.catalog().fingerprint());
            assertThat(script.toSql().lines().skip(1).findFirst()).hasValue(FixScript.FINGERPRINT_HEADER
                    + t.catalog().fingerprint());
            assertThat(script.sqlStatements()).containsExactly("ALTER TABLE public.orders ADD COLUMN external_id text;");
            assertThat(script.targetSchema()).isEmpty();
        }
        assertThat(report.scripts().get("b").targetFingerprint()).isNotEqualTo(report.scripts().get("c").targetFingerprint());

        // Schema per tenant: the fingerprint of the tenant's catalog in its own schema's name, and the schema.
        List<TenantScan> schemas = new java.util.ArrayList<>();
        java.util.Map<String, dev.drift.core.Catalog> real = new java.util.TreeMap<>();
        for (String schema : List.of("base", "t\n1", "t2")) {
            boolean reordered = schema.equals("t2");
            List<dev.drift.core.DbObject> objects = new java.util.ArrayList<>(List.of(
                    dev.drift.core.SchemaDef.of(schema), dev.drift.core.TableDef.of(schema, "orders"),
                    dev.drift.core.ColumnDef.of(schema, "orders", "id", reordered ? 2 : 1, "bigint"),
                    dev.drift.core.ColumnDef.of(schema, "orders", "note", reordered ? 1 : 2, "text")));
            if (schema.equals("base")) {
                objects.add(dev.drift.core.ColumnDef.of(schema, "orders", "external_id", 3, "text"));
            }
            dev.drift.core.Catalog catalog = dev.drift.core.Catalog.of(objects.toArray(dev.drift.core.DbObject[]::new));
            real.put(schema, catalog);
            dev.drift.core.internal.SchemaMapping mapping = dev.drift.core.internal.SchemaMapping.tenantSchema(schema);
            schemas.add(new TenantScan.Read(schema, mapping.apply(catalog), mapping, java.util.Optional.empty()));
        }
        FleetReport perSchema = FleetReport.of(Fleet.compare(schemas, Baseline.tenant("base")), PlanOptions.DEFAULTS);
        for (String schema : List.of("t\n1", "t2")) {
            FixScript script = perSchema.scripts().get(schema);
            assertThat(script.targetFingerprint()).as(schema).isEqualTo(real.get(schema).fingerprint());
            assertThat(script.targetSchema()).hasValue(schema);
            assertThat(script.toSql().lines().skip(2).findFirst()).hasValue(FixScript.SCHEMA_HEADER
                    + FixScript.headerName(schema));
        }
        assertThat(perSchema.scripts().get("t2").sqlStatements())
                .containsExactly("ALTER TABLE t2.orders ADD COLUMN external_id text;");
    }

    @Test
    void inALargeFleetASituationsDetailStopsAfterFortyLinesAndItsCodeBlockIsClosed() {
        dev.drift.core.TableDef orders = dev.drift.core.TableDef.of("public", "orders");
        List<dev.drift.core.DbObject> full = new java.util.ArrayList<>(List.of(orders));
        for (int c = 1; c <= 60; c++) {
            full.add(dev.drift.core.ColumnDef.of("public", "orders", "c" + c, c, "text"));
        }
        List<TenantScan> scans = new java.util.ArrayList<>();
        for (int i = 0; i < FleetReport.SMALL_FLEET; i++) {
            scans.add(TenantScan.Read.of("full_" + i, new dev.drift.core.Catalog("full", 170007, full)));
        }
        for (int i = 0; i < 3; i++) {
            scans.add(TenantScan.Read.of("bare_" + i, dev.drift.core.Catalog.of(orders)));
        }
        FleetReport report = FleetReport.of(Fleet.compare(scans, Baseline.majority()), PlanOptions.DEFAULTS);
        String text = report.text();
        assertThat(text).contains("\nbare_0, bare_1, bare_2: BEHIND\n").contains("  … 83 more lines (each tenant's whole script:"
                + " drift fleet --out <dir>)\n");
        assertThat(text.substring(text.indexOf("\nbare_0")).lines().count()).isLessThanOrEqualTo(43);
        String markdown = report.markdown();
        assertThat(markdown).contains("more lines (each tenant's whole script");
        assertThat(markdown.split("```", -1).length % 2).as("code fences are closed").isEqualTo(1);
        // The scripts themselves are whole.
        assertThat(report.scripts().get("bare_1").sqlStatements()).hasSize(60);
    }

    private static final String TENANT = """
            CREATE SCHEMA %1$s;
            CREATE SEQUENCE %1$s.order_no;
            CREATE TABLE %1$s.customers (id bigint PRIMARY KEY, name text NOT NULL);
            """;

    private static final String ORDERS = """
            CREATE TABLE %1$s.orders (
                id bigint PRIMARY KEY,
                order_no bigint NOT NULL DEFAULT nextval('%1$s.order_no'::regclass),
                customer_id bigint NOT NULL CONSTRAINT orders_customer_fk REFERENCES %1$s.customers (id)
            );
            """;

    @Test
    void schemaPerTenantFixScriptsUseEachTenantsOwnSchemaAndConverge() throws SQLException {
        try (TestDatabase db = SERVER.createDatabase("fleet_report_schemas")) {
            db.execute(TENANT.formatted("tenant_x") + ORDERS.formatted("tenant_x")
                    + TENANT.formatted("tenant_w") + ORDERS.formatted("tenant_w")
                    + TENANT.formatted("\"Tenant Y\"") + ORDERS.formatted("\"Tenant Y\"")
                    + "ALTER TABLE \"Tenant Y\".orders DROP COLUMN order_no;"
                    + TENANT.formatted("tenant_z"));
            List<TenantSource> sources = List.of(TenantSource.schemas(DatabaseUrl.parse(db.jdbcUrl()), "%enant%"));
            FleetReport report = FleetReport.of(Fleet.compare(FleetScanner.builder().build().scan(sources),
                    Baseline.majority()), PlanOptions.DEFAULTS);
            assertThat(report.fleet().tenant("tenant_z").orElseThrow().status()).isEqualTo(TenantStatus.BEHIND);
            assertThat(report.fleet().tenant("Tenant Y").orElseThrow().status()).isEqualTo(TenantStatus.BEHIND);
            assertThat(report.scripts()).containsOnlyKeys("Tenant Y", "tenant_z");
            String z = String.join("\n", report.scripts().get("tenant_z").sqlStatements());
            assertThat(z).contains("CREATE TABLE tenant_z.orders")
                    .contains("DEFAULT nextval('tenant_z.order_no'::regclass)")
                    .contains("REFERENCES tenant_z.customers(id)")
                    .doesNotContain("$tenant").doesNotContain("tenant_x").doesNotContain("tenant_w");
            assertThat(report.scripts().get("Tenant Y").sqlStatements()).containsExactly(
                    "ALTER TABLE \"Tenant Y\".orders ADD COLUMN order_no bigint"
                            + " DEFAULT nextval('\"Tenant Y\".order_no'::regclass) NOT NULL;");
            assertThat(report.text()).contains("missing table tenant_z.orders");

            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (FixScript script : report.scripts().values()) {
                    for (String sql : script.sqlStatements()) {
                        s.execute(sql);
                    }
                }
            }
            FleetComparison after = Fleet.compare(FleetScanner.builder().build().scan(sources), Baseline.majority());
            assertThat(after.allInSync()).as(after.summary()).isTrue();
            // One schema: "Tenant Y".order_no is now its last column, and column order is not compared.
            assertThat(after.groups()).hasSize(1);
        }
    }
}
