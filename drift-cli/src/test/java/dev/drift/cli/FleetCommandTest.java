package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCommandTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    private record Run(int exit, String out, String err) {
    }

    private static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theReferenceScenarioWritesAFixForTenantBOnly(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("fixes");
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(SERVER)) {
            Run run = drift("fleet", "--tenant", "tenant_a=" + tenants.tenantA().jdbcUrl(),
                    "--tenant", "tenant_b=" + tenants.tenantB().jdbcUrl(), "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).startsWith("Fleet: 2 tenants: 1 in sync, 1 behind, 0 ahead, 0 diverged, 0 failed\n")
                    .contains("tenant_b: BEHIND");
            assertThat(run.err()).isEqualTo("drift: wrote 1 fix script and the summary to " + out + "\n");
            assertThat(Files.readString(out.resolve("tenant_b.sql"))).contains(ReferenceScenario.FIX_FOR_TENANT_B);
            assertThat(out.resolve("tenant_a.sql")).doesNotExist();
            assertThat(Files.readString(out.resolve("summary.txt"))).isEqualTo(run.out());

            // Again into the directory drift wrote: allowed, and nothing unrelated is touched.
            Files.writeString(out.resolve("notes.md"), "mine");
            Run again = drift("fleet", "--tenant", "tenant_a=" + tenants.tenantA().jdbcUrl(),
                    "--tenant", "tenant_b=" + tenants.tenantB().jdbcUrl(), "--out", out.toString(), "--format", "json");
            assertThat(again.exit()).isEqualTo(1);
            assertThat(out.resolve("summary.txt")).doesNotExist();
            assertThat(out.resolve("summary.json")).exists();
            assertThat(out.resolve("notes.md")).hasContent("mine");

            // No tenant has a migration history: no baseline, and the two schemas are left DIVERGED.
            Run history = drift("fleet", "--tenant", "tenant_a=" + tenants.tenantA().jdbcUrl(),
                    "--tenant", "tenant_b=" + tenants.tenantB().jdbcUrl(), "--baseline", "history");
            assertThat(history.exit()).isEqualTo(1);
            assertThat(history.out()).contains("Baseline: none: no tenant has a migration history")
                    .contains("tenant_b: DIVERGED");

            // A directory drift did not write is refused.
            Path foreign = Files.createDirectories(tmp.resolve("foreign"));
            Files.writeString(foreign.resolve("tenant_b.sql"), "-- someone else's");
            Run refused = drift("fleet", "--tenant", "tenant_a=" + tenants.tenantA().jdbcUrl(),
                    "--tenant", "tenant_b=" + tenants.tenantB().jdbcUrl(), "--out", foreign.toString());
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("is not empty and drift did not write it (it holds tenant_b.sql)");
            assertThat(foreign.resolve("tenant_b.sql")).hasContent("-- someone else's");
        }
    }

    @Test
    void aStateDirectoryKeepsCatalogsUntilTheirDatabaseChanges(@TempDir Path tmp) throws IOException {
        Path state = tmp.resolve("state");
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(SERVER)) {
            String[] args = {"fleet", "--tenant", "tenant_a=" + tenants.tenantA().jdbcUrl(),
                    "--tenant", "tenant_b=" + tenants.tenantB().jdbcUrl(), "--state", state.toString()};
            Run first = drift(args);
            assertThat(first.exit()).as(first.err()).isEqualTo(1);
            // Two tenants, two shapes: two snapshots and the index of tokens.
            try (var files = Files.list(state)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).count())
                        .isEqualTo(2);
            }
            assertThat(Files.readAllLines(state.resolve("tokens.tsv"))).hasSize(2);
            Run unchanged = drift(args);
            // The same report, but for the time of the scan.
            assertThat(unchanged.out().replaceAll("Scanned: \\S+", "Scanned: T"))
                    .isEqualTo(first.out().replaceAll("Scanned: \\S+", "Scanned: T"));
            // tenant_b gets the fix: its token changes, it is read again, and the fleet is in sync.
            tenants.tenantB().execute(ReferenceScenario.FIX_FOR_TENANT_B);
            Run fixed = drift(args);
            assertThat(fixed.exit()).as(fixed.out()).isEqualTo(0);
            try (var files = Files.list(state)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).count())
                        .as("one shape left").isEqualTo(1);
            }
        }
    }

    @Test
    void inSyncIsZeroSomeFailedIsOneNothingReadIsTwo() {
        try (TestDatabase a = SERVER.createDatabase("fleetcli").execute(ReferenceScenario.TENANT_A);
             TestDatabase b = SERVER.createDatabase("fleetcli").execute(ReferenceScenario.TENANT_A)) {
            String pattern = "fleetcli_" + ProcessHandle.current().pid() + "_%";
            Run inSync = drift("fleet", "--discover", SERVER.jdbcUrl("postgres"), "--database-pattern", pattern,
                    "--baseline", "majority", "--format", "markdown");
            assertThat(inSync.exit()).as(inSync.err()).isEqualTo(0);
            assertThat(inSync.out()).startsWith("## Drift fleet: 2 tenants: 2 in sync");

            Run oneFailed = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "gone=jdbc:postgresql://127.0.0.1:1/x",
                    "--connect-timeout", "2");
            assertThat(oneFailed.exit()).isEqualTo(1);
            assertThat(oneFailed.out()).contains("gone: FAILED - cannot connect to 127.0.0.1:1/x: connection refused");

            Run noneRead = drift("fleet", "--tenant", "gone=jdbc:postgresql://127.0.0.1:1/x");
            assertThat(noneRead.exit()).isEqualTo(2);
            assertThat(noneRead.err()).contains("not a single tenant could be read");
            // Not a terminal: no progress bar on stderr.
            assertThat(noneRead.err()).doesNotContain("scanning");
        }
    }

    @Test
    void schemaPerTenantWithTheTenantBaseline() {
        try (TestDatabase db = SERVER.createDatabase("fleetcli_schemas")) {
            db.execute("CREATE SCHEMA tenant_1; CREATE TABLE tenant_1.t (id int, note text);"
                    + "CREATE SCHEMA tenant_2; CREATE TABLE tenant_2.t (id int);");
            Run run = drift("fleet", "--url", db.jdbcUrl(), "--schema-pattern", "tenant%", "--baseline", "tenant:tenant_1");
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).contains("Baseline: tenant tenant_1")
                    .contains("ALTER TABLE tenant_2.t ADD COLUMN note text;");
        }
    }

    @Test
    void theHtmlAndJsonReportsCarryTheScanAndNoSecret() {
        SERVER.createPasswordRole("drift_fleet_report", "report-secret-4711");
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(SERVER)) {
            String a = tenants.tenantA().jdbcUrl();
            String b = "jdbc:postgresql://" + SERVER.host() + ":" + SERVER.port() + "/" + tenants.tenantB().name()
                    + "?user=drift_fleet_report&password=report-secret-4711";
            String server = SERVER.host() + ":" + SERVER.port();
            Run html = drift("fleet", "--tenant", "tenant_a=" + a, "--tenant", "tenant_b=" + b, "--format", "html");
            assertThat(html.exit()).as(html.err()).isEqualTo(1);
            assertThat(html.out()).contains("<th>Servers</th><td>" + server + "</td>", "<th>Scanned</th><td>20")
                    .contains("ALTER TABLE public.orders ADD COLUMN external_id text;")
                    .doesNotContain("report-secret-4711", "drift_fleet_report");
            Run json = drift("fleet", "--tenant", "tenant_a=" + a, "--tenant", "tenant_b=" + b, "--format", "json");
            assertThat(json.out()).startsWith("{\n  \"format\": \"drift-fleet/1\",")
                    .contains("\"servers\": [\n      \"" + server + "\"\n    ]")
                    .doesNotContain("report-secret-4711");
            Run text = drift("fleet", "--tenant", "tenant_a=" + a, "--tenant", "tenant_b=" + b);
            assertThat(text.out()).contains("\nScanned: 20").contains(" on " + server + " · Drift ")
                    .doesNotContain("report-secret-4711");
        }
    }

    @Test
    void badArgumentsAreErrors() {
        assertThat(drift("fleet").err()).contains("no tenants given");
        assertThat(drift("fleet", "--discover", "jdbc:postgresql://h/postgres").err()).contains("needs --database-pattern");
        Run badBaseline = drift("fleet", "--tenant", "a=jdbc:postgresql://h/a", "--baseline", "newest");
        assertThat(badBaseline.exit()).isEqualTo(2);
        assertThat(badBaseline.err()).contains("--baseline must be majority, history, tenant:<name> or an existing"
                + " snapshot file but was 'newest'");
    }

    @Test
    void aSnapshotFileIsABaseline(@TempDir Path tmp) {
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(SERVER)) {
            Path baseline = tmp.resolve("baseline.json");
            assertThat(drift("snapshot", "--url", tenants.tenantA().jdbcUrl(), "--output", baseline.toString()).exit())
                    .isZero();
            // tenant_b alone, measured against the snapshot of tenant_a.
            Run run = drift("fleet", "--tenant", "tenant_b=" + tenants.tenantB().jdbcUrl(), "--baseline",
                    baseline.toString());
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).contains(baseline.toString()).contains("tenant_b: BEHIND");
        }
    }

    @Test
    void theProgressBarFillsAndTheFileNamesAreSafe() {
        assertThat(ProgressBar.render(15, 30)).isEqualTo("scanning [###############---------------] 15/30 tenants");
        HashSet<String> taken = new HashSet<>();
        assertThat(FleetOutput.fileName("tenant_a", taken)).isEqualTo("tenant_a");
        assertThat(FleetOutput.fileName("../etc/passwd", taken)).startsWith("_._etc_passwd-");
        assertThat(FleetOutput.fileName("Tenant A", taken)).startsWith("Tenant_A-");
    }
}
