package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.core.Catalog;
import dev.drift.core.Change;
import dev.drift.core.Differ;
import dev.drift.core.ObjectKey;
import dev.drift.core.SchemaDiff;
import dev.drift.core.SessionSettings;
import dev.drift.core.TenantStatus;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drift's first fixture, through the library API, on every supported PostgreSQL major: detect the one
 * missing column, fix it with exactly one statement, propose nothing for tenant_a, converge.
 */
class ReferenceScenarioTest {

    private static final PostgresCatalogReader READER = PostgresCatalogReader.create();

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {14, 15, 16, 17, 18})
    void detectFixTrapConverge(int major) throws Exception {
        Optional<PostgresServer> server = PostgresServer.ofVersion(major);
        assumeTrue(server.isPresent(), "an external server of another major is configured");
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(server.get())) {
            Catalog a = read(tenants.tenantA());
            Catalog b = read(tenants.tenantB());
            assertThat(a.serverVersion() / 10000).isEqualTo(major);

            // Detect: exactly one difference, the missing column.
            SchemaDiff diff = Differ.compare(a, b);
            assertThat(diff.changes()).singleElement().isInstanceOfSatisfying(Change.Missing.class,
                    m -> assertThat(m.key()).isEqualTo(ObjectKey.column("public", "orders", "external_id")));
            assertThat(diff.status()).isEqualTo(TenantStatus.BEHIND);

            // Fix: exactly one statement, and the script file holds nothing else that runs.
            FixScript fix = FixPlanner.plan(diff, PlanOptions.DEFAULTS);
            assertThat(fix.sqlStatements()).containsExactly(ReferenceScenario.FIX_FOR_TENANT_B);
            assertThat(fix.heldBack()).isEmpty();
            assertThat(fix.unsupported()).isEmpty();
            // The preamble sets how the statement is read (SessionSettings.WRITE); it is settings, not a statement.
            List<String> preamble = SessionSettings.WRITE.stream().map(x -> x.setStatement() + ";").toList();
            assertThat(runnableLines(fix.toSql())).containsExactlyElementsOf(Stream.concat(preamble.stream(),
                    Stream.of(ReferenceScenario.FIX_FOR_TENANT_B)).toList());

            // Trap: tenant_a gets nothing without --allow-destructive; the drop is only reported.
            SchemaDiff reverse = Differ.compare(b, a);
            assertThat(reverse.status()).isEqualTo(TenantStatus.AHEAD);
            FixScript trap = FixPlanner.plan(reverse, PlanOptions.DEFAULTS);
            assertThat(trap.statements()).isEmpty();
            assertThat(trap.heldBack()).singleElement().extracting(FixStatement::toSql)
                    .isEqualTo("ALTER TABLE public.orders DROP COLUMN external_id;");
            assertThat(runnableLines(trap.toSql())).isEmpty();
            // The hazard is shown in every format (README: "shown in every format").
            DiffReport trapReport = new DiffReport("tenant_b", "tenant_a", reverse, trap);
            String dataLoss = trap.heldBack().get(0).hazards().get(0).describe();
            assertThat(dataLoss).startsWith("data loss: ");
            assertThat(trapReport.text()).contains(dataLoss);
            assertThat(trapReport.markdown()).contains("-- " + dataLoss);
            assertThat(trapReport.json()).contains("DATA_LOSS");
            // No index, ever, in either direction.
            assertThat(fix.toSql() + trap.toSql()).doesNotContainIgnoringCase("index");

            // Converge: apply the fix, read again, no drift; a second plan is empty.
            try (Connection c = tenants.tenantB().connect(); Statement s = c.createStatement()) {
                s.execute(fix.toSql());
            }
            SchemaDiff after = Differ.compare(a, read(tenants.tenantB()));
            assertThat(after.changes()).isEmpty();
            assertThat(FixPlanner.plan(after, PlanOptions.DEFAULTS).statements()).isEmpty();
        }
    }

    private static Catalog read(TestDatabase db) {
        return READER.read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    /** The lines of a script that are not comments or blank: what psql would run. */
    static List<String> runnableLines(String script) {
        return script.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("--")).toList();
    }
}
