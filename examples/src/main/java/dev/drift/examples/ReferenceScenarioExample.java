package dev.drift.examples;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.core.SchemaDiff;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.DiffReport;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drift's reference scenario through the library API: tenant_a's {@code orders} has {@code external_id},
 * tenant_b's does not. Read both, compare, plan the fix, check that the reverse direction proposes
 * nothing destructive, apply the fix, compare again.
 *
 * <p>Run its {@code main} from an IDE or with {@code java -cp <examples and its dependencies>}; it starts an embedded
 * PostgreSQL (or uses {@code DRIFT_TEST_JDBC_URL}) and exits 0 when the tenants converge.
 */
public final class ReferenceScenarioExample {

    /** What each step found. */
    public record Outcome(SchemaDiff before, FixScript fix, FixScript reverse, SchemaDiff after) {
        /** Whether tenant_b matches tenant_a after the fix. */
        public boolean converged() {
            return after.isEmpty();
        }
    }

    private ReferenceScenarioExample() {
    }

    public static void main(String[] args) throws SQLException {
        Outcome outcome = run(PostgresServer.shared(), System.out);
        System.exit(outcome.converged() ? 0 : 1);
    }

    public static Outcome run(PostgresServer server, PrintStream out) throws SQLException {
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(server)) {
            PostgresCatalogReader reader = PostgresCatalogReader.create();
            Catalog tenantA = reader.read(url(tenants.tenantA()));

            SchemaDiff before = Differ.compare(tenantA, reader.read(url(tenants.tenantB())));
            FixScript fix = FixPlanner.plan(before, PlanOptions.DEFAULTS);
            out.println(new DiffReport("tenant_a", "tenant_b", before, fix).text());

            // The other direction: tenant_a has a column tenant_b lacks. Dropping it would lose data, so
            // the default plan holds the statement back instead of proposing it.
            FixScript reverse = FixPlanner.plan(Differ.compare(reader.read(url(tenants.tenantB())), tenantA),
                    PlanOptions.DEFAULTS);
            out.println("Against tenant_b, tenant_a would need " + reverse.statements().size() + " statements; "
                    + reverse.heldBack().size() + " destructive statement held back.");

            apply(fix, tenants.tenantB());
            SchemaDiff after = Differ.compare(tenantA, reader.read(url(tenants.tenantB())));
            out.println(after.isEmpty() ? "After the fix, tenant_b matches tenant_a." : "Still drifted: " + after.changes());
            return new Outcome(before, fix, reverse, after);
        }
    }

    private static DatabaseUrl url(TestDatabase db) {
        return DatabaseUrl.parse(db.jdbcUrl());
    }

    /** Runs the statements in one transaction (all of this script's statements may run in one). */
    private static void apply(FixScript fix, TestDatabase target) throws SQLException {
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : fix.sqlStatements()) {
                s.execute(sql);
            }
            c.commit();
        }
    }
}
