package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift fleet --execute} on real databases: every tenant's fix through drift-apply's one call. */
class FleetExecuteTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    /** The baseline: a unique key the others lack. */
    private static final String REFERENCE = "CREATE TABLE public.t (id int, c int, CONSTRAINT t_c_key UNIQUE (c))";
    private static final String BEHIND = "CREATE TABLE public.t (id int, c int)";
    /** Behind, and its data makes the key's fix fail. */
    private static final String BAD = BEHIND + "; INSERT INTO public.t VALUES (1, 1), (2, 1)";

    private record Run(int exit, String out, String err) {
    }

    private static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Catalog read(TestDatabase db) {
        return PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl()));
    }

    private static boolean hasKey(TestDatabase db) {
        return db.queryValue("SELECT count(*) FROM pg_constraint WHERE conname = 't_c_key'").orElse("0").equals("1");
    }

    @AfterEach
    void noHook() {
        FleetRun.stopAfterForTests = -1;
    }

    @Test
    void theReferenceScenarioFixesTenantBOnlyAndARerunFindsNothingLeft() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Catalog a = read(t.tenantA());
            String[] args = {"fleet", "--tenant", "tenant_a=" + t.tenantA().jdbcUrl(), "--tenant",
                    "tenant_b=" + t.tenantB().jdbcUrl(), "--baseline", "tenant:tenant_a", "--format", "json", "--execute"};
            Run run = drift(args);
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
            assertThat(run.out()).contains("\"execution\"", "\"outcome\": \"APPLIED\"",
                    ReferenceScenario.FIX_FOR_TENANT_B.replace(";", ""));
            assertThat(read(t.tenantB()).fingerprint()).isEqualTo(a.fingerprint());
            assertThat(read(t.tenantA())).isEqualTo(a);

            Run again = drift("fleet", "--tenant", "tenant_a=" + t.tenantA().jdbcUrl(), "--tenant",
                    "tenant_b=" + t.tenantB().jdbcUrl(), "--baseline", "tenant:tenant_a", "--execute");
            assertThat(again.exit()).as(again.out() + again.err()).isEqualTo(0);
            assertThat(again.out()).contains("Execution: nothing to run");
        }
    }

    /** A fleet of {@code n} behind tenants and the reference; {@code bad} (named to run first) fails. */
    private static List<TestDatabase> fleet(int n, boolean bad) {
        List<TestDatabase> out = new ArrayList<>();
        out.add(SERVER.createDatabase("fx_ref"));
        out.get(0).execute(REFERENCE);
        if (bad) {
            TestDatabase b = SERVER.createDatabase("fx_a_bad");
            b.execute(BAD);
            out.add(b);
        }
        for (int i = 0; i < n; i++) {
            TestDatabase d = SERVER.createDatabase("fx_t" + i);
            d.execute(BEHIND);
            out.add(d);
        }
        return out;
    }

    private static List<String> args(List<TestDatabase> dbs, String... more) {
        List<String> out = new ArrayList<>(List.of("fleet", "--baseline", "tenant:" + dbs.get(0).name(), "--execute"));
        dbs.forEach(d -> out.addAll(List.of("--tenant", d.name() + "=" + d.jdbcUrl())));
        out.addAll(List.of(more));
        return out;
    }

    private static void close(List<TestDatabase> dbs) {
        dbs.forEach(TestDatabase::close);
    }

    @Test
    void aFailingTenantIsLeftUnchangedTheOthersFixedAndTheJournalSaysSo(@TempDir Path tmp) throws IOException {
        List<TestDatabase> dbs = fleet(4, true);
        try {
            Path journal = tmp.resolve("journal.jsonl");
            Run run = drift(args(dbs, "--journal", journal.toString()).toArray(String[]::new));
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("Execution: 4 APPLIED, 1 ROLLED_BACK");
            assertThat(hasKey(dbs.get(1))).isFalse();
            dbs.subList(2, dbs.size()).forEach(d -> assertThat(hasKey(d)).as(d.name()).isTrue());
            List<String> lines = Files.readAllLines(journal);
            assertThat(lines).hasSize(5);
            assertThat(lines.stream().filter(l -> l.contains("\"ROLLED_BACK\"")).toList()).singleElement()
                    .asString().contains(dbs.get(1).name(), "could not create unique index");
        } finally {
            close(dbs);
        }
    }

    @Test
    void aFailedCanaryStopsTheRun() {
        List<TestDatabase> dbs = fleet(3, true);
        try {
            Run run = drift(args(dbs, "--canary", "1").toArray(String[]::new));
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("Execution: 1 ROLLED_BACK, 3 SKIPPED (stopped: canary " + dbs.get(1).name());
            dbs.subList(1, dbs.size()).forEach(d -> assertThat(hasKey(d)).as(d.name()).isFalse());
        } finally {
            close(dbs);
        }
    }

    @Test
    void theFailureBudgetSkipsTheRest() {
        List<TestDatabase> dbs = fleet(3, true);
        try {
            Run run = drift(args(dbs, "--max-failures", "1", "--jobs", "1").toArray(String[]::new));
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("1 ROLLED_BACK, 3 SKIPPED (stopped: the failure budget (--max-failures 1)");
            dbs.subList(2, dbs.size()).forEach(d -> assertThat(hasKey(d)).as(d.name()).isFalse());
        } finally {
            close(dbs);
        }
    }

    @Test
    void aRunStoppedHalfWayResumesFromItsJournal(@TempDir Path tmp) throws IOException {
        List<TestDatabase> dbs = fleet(6, false);
        try {
            Path journal = tmp.resolve("journal.jsonl");
            FleetRun.stopAfterForTests = 3;
            Run killed = drift(args(dbs, "--journal", journal.toString(), "--jobs", "1").toArray(String[]::new));
            FleetRun.stopAfterForTests = -1;
            assertThat(killed.exit()).isEqualTo(2);
            assertThat(Files.readAllLines(journal)).hasSize(3);
            assertThat(dbs.stream().filter(FleetExecuteTest::hasKey).count()).isEqualTo(1 + 3);

            Run resumed = drift(args(dbs, "--resume", journal.toString()).toArray(String[]::new));
            assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isEqualTo(0);
            assertThat(resumed.out()).contains("Execution: 3 APPLIED");
            assertThat(Files.readAllLines(journal)).hasSize(6);
            dbs.forEach(d -> assertThat(hasKey(d)).as(d.name()).isTrue());
        } finally {
            close(dbs);
        }
    }

    @Test
    void fiftyTenantDatabasesAreFixed() {
        List<TestDatabase> dbs = fleet(50, false);
        try {
            Run run = drift(args(dbs, "--jobs", "8", "--jobs-per-server", "4").toArray(String[]::new));
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
            assertThat(run.out()).contains("Execution: 50 APPLIED");
            dbs.forEach(d -> assertThat(hasKey(d)).as(d.name()).isTrue());
        } finally {
            close(dbs);
        }
    }

    @Test
    void aSchemaPerTenantFleetIsFixed() {
        try (TestDatabase db = SERVER.createDatabase("fx_schemas")) {
            StringBuilder sql = new StringBuilder("CREATE SCHEMA tenant_0; CREATE TABLE tenant_0.t (id int, note text);");
            for (int i = 1; i <= 5; i++) {
                sql.append("CREATE SCHEMA tenant_").append(i).append("; CREATE TABLE tenant_").append(i)
                        .append(".t (id int);");
            }
            db.execute(sql.toString());
            Run run = drift("fleet", "--url", db.jdbcUrl(), "--schema-pattern", "tenant%", "--baseline",
                    "tenant:tenant_0", "--execute");
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
            assertThat(run.out()).contains("Execution: 5 APPLIED");
            assertThat(db.queryValue("SELECT count(*) FROM pg_attribute WHERE attname = 'note' AND NOT attisdropped"))
                    .contains("6");
        }
    }
}
