package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.apply.Fix;
import dev.drift.apply.FixApplier;
import dev.drift.apply.FixOutcome;
import dev.drift.core.DiffOptions;
import dev.drift.core.ObjectKey;
import dev.drift.core.fleet.Baseline;
import dev.drift.core.fleet.Fleet;
import dev.drift.core.fleet.FleetComparison;
import dev.drift.core.fleet.PartialMigration;
import dev.drift.core.fleet.TenantOutcome;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.FleetScanner;
import dev.drift.jdbc.TenantSource;
import dev.drift.report.FixScript;
import dev.drift.report.FleetReport;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that failed half-way on one tenant, as Flyway and Liquibase leave it on real databases:
 * the fleet report calls the tenant PARTIAL (naming the migration, what it has and what it lacks), and
 * the planned fix, applied through the runner and the plan check that {@code drift apply} uses, completes
 * the migration without re-creating what exists: the tenant then has its peers' schema.
 *
 * <p>Both tools' histories are written by the tools themselves. The migration fails on one tenant only
 * because of its data (an order with a negative total violates the new check), after its first
 * statements committed: Flyway's migration runs outside a transaction ({@code executeInTransaction=false}
 * in its script config), Liquibase's change set with {@code runInTransaction:false}.
 */
class PartialMigrationTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    private static final String V1 = "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);\n";
    private static final String V2 = "CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);\n";
    /** The migration that fails on the tenant with a negative total, after its first two statements. */
    private static final String V3 = """
            CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));
            ALTER TABLE orders ADD COLUMN external_id text;
            ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
            """;
    private static final String BAD_ROW = "INSERT INTO orders VALUES (1, -5);";
    private static final String FIX_DATA = "UPDATE orders SET total = 0 WHERE total < 0;";

    private static final ObjectKey INVOICES = ObjectKey.table("public", "invoices");
    private static final ObjectKey EXTERNAL_ID = ObjectKey.column("public", "orders", "external_id");
    private static final ObjectKey TOTAL_CHECK = ObjectKey.constraint("public", "orders", "orders_total_check");

    @Test
    void aFlywayMigrationThatFailedHalfWayIsPartialAndItsFixCompletesIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__orders.sql"), V1);
        Files.writeString(dir.resolve("V2__customers.sql"), V2);
        Files.writeString(dir.resolve("V3__invoices.sql"), V3);
        Files.writeString(dir.resolve("V3__invoices.sql.conf"), "executeInTransaction=false\n");
        Map<String, TestDatabase> tenants = new LinkedHashMap<>();
        try {
            for (String name : List.of("done_1", "done_2", "v2_1", "v2_2", "half")) {
                tenants.put(name, SERVER.createDatabase("partial_flyway"));
            }
            for (String name : List.of("done_1", "done_2")) {
                flyway(tenants.get(name), dir, Optional.empty()).migrate();
            }
            for (String name : List.of("v2_1", "v2_2", "half")) {
                flyway(tenants.get(name), dir, Optional.of("2")).migrate();
            }
            tenants.get("half").execute(BAD_ROW);
            assertThatThrownBy(() -> flyway(tenants.get("half"), dir, Optional.empty()).migrate())
                    .hasMessageContaining("orders_total_check");
            // Flyway does not record the migration that failed: the history says V2.
            assertThat(tenants.get("half").queryValue(
                    "SELECT string_agg(version || ':' || success, ',' ORDER BY installed_rank) FROM flyway_schema_history"))
                    .hasValue("1:true,2:true");

            FleetReport report = report(tenants);
            TenantOutcome half = report.fleet().tenant("half").orElseThrow();
            PartialMigration partial = half.partial().orElseThrow();
            assertThat(partial.migration().id()).isEqualTo("3");
            assertThat(partial.recorded()).isFalse();
            assertThat(partial.present()).containsExactlyInAnyOrder(INVOICES, EXTERNAL_ID);
            assertThat(partial.missing()).containsExactly(TOTAL_CHECK);
            assertThat(half.causes()).containsExactly(TenantOutcome.Cause.PARTIAL);
            assertThat(report.text()).contains("half: BEHIND (PARTIAL) - partial: V3 (invoices) is not recorded but partly"
                    + " applied: has table public.invoices, column public.orders.external_id; lacks constraint"
                    + " public.orders.orders_total_check");
            assertThat(report.fleet().summary()).endsWith("; 1 partial");
            // The tenants at V2 only lag: they have none of V3.
            assertThat(report.fleet().tenant("v2_1").orElseThrow().causes()).containsExactly(TenantOutcome.Cause.LAG);

            FixScript fix = report.scripts().get("half");
            assertThat(fix.sqlStatements()).singleElement().asString()
                    .startsWith("ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK");
            repairAndCheck(tenants, "half", report);
        } finally {
            tenants.values().forEach(TestDatabase::close);
        }
    }

    @Test
    void aLiquibaseChangeSetMarkedRanAfterItFailedHalfWayIsPartialAndItsFixCompletesIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("changelog.sql"), "--liquibase formatted sql\n\n"
                + "--changeset ann:1\n" + V1 + "\n"
                + "--changeset ann:2\n" + V2 + "\n"
                + "--changeset bob:3 runInTransaction:false\n" + V3);
        Map<String, TestDatabase> tenants = new LinkedHashMap<>();
        try {
            for (String name : List.of("done_1", "done_2", "v2_1", "v2_2", "half", "synced")) {
                tenants.put(name, SERVER.createDatabase("partial_liquibase"));
            }
            for (String name : List.of("done_1", "done_2")) {
                liquibase(tenants.get(name), dir, lb -> lb.update(new Contexts(), new LabelExpression()));
            }
            for (String name : List.of("v2_1", "v2_2", "half", "synced")) {
                liquibase(tenants.get(name), dir, lb -> lb.update(2, ""));
            }
            for (String name : List.of("half", "synced")) {
                tenants.get(name).execute(BAD_ROW);
                assertThatThrownBy(() -> liquibase(tenants.get(name), dir,
                        lb -> lb.update(new Contexts(), new LabelExpression())))
                        .hasStackTraceContaining("orders_total_check");
            }
            // Liquibase does not record a change set that failed: "half" says 2 change sets ran.
            assertThat(tenants.get("half").queryValue("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog"))
                    .hasValue("1,2");
            // On "synced" someone told Liquibase the change set ran (changelog-sync): its history says 3.
            liquibase(tenants.get("synced"), dir, lb -> lb.changeLogSync(""));
            assertThat(tenants.get("synced").queryValue("SELECT string_agg(id, ',' ORDER BY orderexecuted) FROM databasechangelog"))
                    .hasValue("1,2,3");

            FleetReport report = report(tenants);
            String migration = "changelog.sql::3::bob";
            TenantOutcome half = report.fleet().tenant("half").orElseThrow();
            assertThat(half.partial().orElseThrow().recorded()).isFalse();
            assertThat(half.partial().orElseThrow().migration().id()).isEqualTo(migration);
            TenantOutcome synced = report.fleet().tenant("synced").orElseThrow();
            PartialMigration partial = synced.partial().orElseThrow();
            assertThat(partial.recorded()).isTrue();
            assertThat(partial.present()).containsExactlyInAnyOrder(INVOICES, EXTERNAL_ID);
            assertThat(partial.missing()).containsExactly(TOTAL_CHECK);
            assertThat(report.text()).contains("synced: BEHIND (PARTIAL) - partial: " + migration + " is recorded but"
                    + " only partly applied: has table public.invoices, column public.orders.external_id; lacks"
                    + " constraint public.orders.orders_total_check");
            assertThat(report.fleet().summary()).endsWith("; 2 partial");
            for (String name : List.of("half", "synced")) {
                assertThat(report.scripts().get(name).sqlStatements()).singleElement().asString()
                        .startsWith("ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK");
            }
            repairAndCheck(tenants, "synced", report);
        } finally {
            tenants.values().forEach(TestDatabase::close);
        }
    }

    private static Flyway flyway(TestDatabase db, Path dir, Optional<String> target) {
        var config = Flyway.configure().dataSource(db.jdbcUrl(), null, null).locations("filesystem:" + dir)
                .cleanDisabled(true);
        target.ifPresent(config::target);
        return config.load();
    }

    private interface LiquibaseCall {
        void run(Liquibase liquibase) throws Exception;
    }

    private static void liquibase(TestDatabase db, Path dir, LiquibaseCall call) throws Exception {
        // Liquibase talks to the console and to java.util.logging; the test log keeps warnings only.
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        Connection c = db.connect();
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        try (Liquibase liquibase = new Liquibase("changelog.sql", new DirectoryResourceAccessor(dir), database)) {
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> call.run(liquibase));
        }
    }

    private static FleetReport report(Map<String, TestDatabase> tenants) {
        List<TenantSource> sources = new ArrayList<>();
        tenants.forEach((name, db) -> sources.add(TenantSource.database(name, DatabaseUrl.parse(db.jdbcUrl()))));
        FleetComparison fleet = Fleet.compare(FleetScanner.builder().readHistory(true).build().scan(sources),
                Baseline.history());
        return FleetReport.of(fleet, PlanOptions.DEFAULTS);
    }

    /**
     * The operator repairs the data that made the migration fail, then the tenant's planned fix is applied
     * as {@code drift apply} applies a plan: stale check first, verified by re-planning before COMMIT.
     */
    private static void repairAndCheck(Map<String, TestDatabase> tenants, String name, FleetReport report)
            throws IOException {
        TestDatabase db = tenants.get(name);
        db.execute(FIX_DATA);
        TenantOutcome outcome = report.fleet().tenant(name).orElseThrow();
        FixScript fix = report.scripts().get(name);
        DatabaseUrl url = DatabaseUrl.parse(db.jdbcUrl());
        FixOutcome result = FixApplier.builder().build().apply(url, new Fix.Planned(
                outcome.diffInTenantNames().orElseThrow(), fix, DiffOptions.DEFAULTS, PlanOptions.DEFAULTS));
        assertThat(result.status()).as(result.toString()).isEqualTo(FixOutcome.Status.APPLIED);
        assertThat(result.verification().state()).isEqualTo(FixOutcome.Verification.State.PASSED);

        // Read again: the tenant now has exactly the schema of the tenants that ran the migration.
        FleetComparison after = report(tenants).fleet();
        TenantOutcome fixed = after.tenant(name).orElseThrow();
        assertThat(fixed.fingerprint()).isEqualTo(after.tenant("done_1").orElseThrow().fingerprint());
        assertThat(fixed.partial()).isEmpty();
        assertThat(fixed.needsFix()).isFalse();
    }
}
