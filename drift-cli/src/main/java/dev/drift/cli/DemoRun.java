package dev.drift.cli;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
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
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The demo itself. Kept apart from {@link DemoCommand} so that the embedded-PostgreSQL classes it uses
 * are only loaded when the demo runs.
 */
final class DemoRun {
    private final PrintWriter out;
    private final Optional<Integer> version;

    DemoRun(PrintWriter out, Integer version) {
        this.out = out;
        this.version = Optional.ofNullable(version);
    }

    boolean run() throws SQLException {
        out.println("Drift demo: the reference scenario on an embedded PostgreSQL");
        out.println("Starting PostgreSQL (the first run unpacks the binaries)...");
        out.flush();
        PostgresServer server = version.map(v -> PostgresServer.ofVersion(v)
                .orElseThrow(() -> new IllegalArgumentException("an external server of another version is configured")))
                .orElseGet(PostgresServer::shared);
        out.println("  " + server);
        try (ReferenceScenario.Tenants tenants = server.isEmbedded() ? ReferenceScenario.createNamed(server)
                : ReferenceScenario.create(server)) {
            String a = tenants.tenantA().name();
            String b = tenants.tenantB().name();
            out.println("  " + a + ": orders(id, customer_id, total, created_at, external_id text)");
            out.println("  " + b + ": orders(id, customer_id, total, created_at)");
            PostgresCatalogReader reader = PostgresCatalogReader.create();
            Catalog catalogA = reader.read(DatabaseUrl.parse(tenants.tenantA().jdbcUrl()));
            Catalog catalogB = reader.read(DatabaseUrl.parse(tenants.tenantB().jdbcUrl()));

            section("1. Detect: " + b + " measured against " + a);
            SchemaDiff diff = Differ.compare(catalogA, catalogB);
            out.print(indent(new DiffReport(a, b, diff, FixPlanner.plan(diff, PlanOptions.DEFAULTS)).text()));
            boolean detect = diff.changes().size() == 1 && diff.changes().get(0) instanceof Change.Missing m
                    && m.key().displayName().equals("public.orders.external_id");

            section("2. Fix: the script for " + b);
            FixScript fix = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            out.print(indent(fix.toSql()));
            boolean fixOk = fix.sqlStatements().equals(List.of(ReferenceScenario.FIX_FOR_TENANT_B))
                    && fix.heldBack().isEmpty();

            section("3. Trap: " + a + " measured against " + b + " (nothing may be proposed without --allow-destructive)");
            SchemaDiff reverse = Differ.compare(catalogB, catalogA);
            FixScript trap = FixPlanner.plan(reverse, PlanOptions.DEFAULTS);
            out.print(indent(trap.toSql()));
            boolean noIndex = fix.statements().stream().noneMatch(s -> s.sql().toUpperCase().contains("INDEX"))
                    && trap.statements().isEmpty();
            boolean trapOk = trap.statements().isEmpty() && trap.heldBack().size() == 1 && noIndex;

            section("4. Apply the fix to " + b + " and compare again");
            try (Connection c = tenants.tenantB().connect(); Statement s = c.createStatement()) {
                for (String sql : fix.sqlStatements()) {
                    s.execute(sql);
                }
            }
            SchemaDiff after = Differ.compare(catalogA, reader.read(DatabaseUrl.parse(tenants.tenantB().jdbcUrl())));
            out.println("  " + (after.isEmpty() ? "no drift: " + b + " now matches " + a : after.changes().size()
                    + " differences remain"));
            boolean converged = after.isEmpty();

            out.println();
            out.printf("Verdict: Detect %s · Fix %s · Trap %s · Converged %s%n", verdict(detect), verdict(fixOk),
                    verdict(trapOk), verdict(converged));
            out.flush();
            return detect && fixOk && trapOk && converged;
        }
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private static String indent(String text) {
        return ("  " + text.replace("\n", "\n  ")).stripTrailing() + "\n";
    }

    private static String verdict(boolean ok) {
        return ok ? "PASS" : "FAIL";
    }
}
