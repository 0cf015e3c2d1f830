package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.core.Differ;
import dev.drift.core.SessionSettings;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.FixPlanner;
import dev.drift.report.FixScript;
import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script Drift writes is one {@code drift apply --script} runs as it is: each file of {@code drift fleet
 * --out}, and a library caller's {@link FixScript#toSql()} (computing and passing nothing else). It carries the
 * target's fingerprint, so a target that changed since is refused.
 */
class FleetScriptApplyTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final String WITH_COLUMN = "CREATE TABLE public.orders (id int PRIMARY KEY, external_id text)";
    private static final String WITHOUT_COLUMN = "CREATE TABLE public.orders (id int PRIMARY KEY)";

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

    @Test
    void aMajorityFleetsScriptsApplyAndAChangedTenantIsRefused(@TempDir Path tmp) throws IOException {
        try (TestDatabase a = SERVER.createDatabase("fsa_a"); TestDatabase b = SERVER.createDatabase("fsa_b");
             TestDatabase c = SERVER.createDatabase("fsa_c"); TestDatabase d = SERVER.createDatabase("fsa_d");
             TestDatabase e = SERVER.createDatabase("fsa_e")) {
            a.execute(WITH_COLUMN);
            b.execute(WITHOUT_COLUMN);
            c.execute(WITH_COLUMN);
            d.execute(WITHOUT_COLUMN);
            e.execute(WITH_COLUMN);
            Path out = tmp.resolve("fixes");
            Run fleet = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(), "--tenant",
                    "c=" + c.jdbcUrl(), "--tenant", "d=" + d.jdbcUrl(), "--tenant", "e=" + e.jdbcUrl(), "--baseline",
                    "majority", "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.err()).isEqualTo(1);
            assertThat(Files.readString(out.resolve("b.sql"))).contains("-- drift:target-fingerprint ",
                    "ALTER TABLE public.orders ADD COLUMN external_id text;");

            Run applied = drift("apply", "--script", out.resolve("b.sql").toString(), "--target", b.jdbcUrl(),
                    "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("APPLIED: 1 statement(s) committed");
            assertThat(b.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass"
                    + " AND attname = 'external_id'")).contains("1");

            // Tenant d changes after the fleet run: its script is refused, and nothing runs.
            d.execute("CREATE TABLE public.audit (id int)");
            Run refused = drift("apply", "--script", out.resolve("d.sql").toString(), "--target", d.jdbcUrl(),
                    "--execute");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
            assertThat(d.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.orders'::regclass"
                    + " AND attname = 'external_id'")).contains("0");

            Run again = drift("fleet", "--tenant", "a=" + a.jdbcUrl(), "--tenant", "b=" + b.jdbcUrl(), "--tenant",
                    "c=" + c.jdbcUrl(), "--baseline", "majority");
            assertThat(again.exit()).as(again.out()).isEqualTo(0);
        }
    }

    @Test
    void aSchemaPerTenantScriptAppliesToItsSchema(@TempDir Path tmp) throws IOException {
        try (TestDatabase db = SERVER.createDatabase("fsa_schemas")) {
            db.execute("CREATE SCHEMA tenant_1; CREATE TABLE tenant_1.t (id int, note text);"
                    + "CREATE SCHEMA tenant_2; CREATE TABLE tenant_2.t (id int);"
                    + "CREATE SCHEMA tenant_3; CREATE TABLE tenant_3.t (id int, note text);");
            Path out = tmp.resolve("fixes");
            Run fleet = drift("fleet", "--url", db.jdbcUrl(), "--schema-pattern", "tenant%", "--baseline", "majority",
                    "--out", out.toString());
            assertThat(fleet.exit()).as(fleet.err()).isEqualTo(1);

            Run applied = drift("apply", "--script", out.resolve("tenant_2.sql").toString(), "--target", db.jdbcUrl(),
                    "--schema", "tenant_2", "--execute");
            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(db.queryValue("SELECT count(*) FROM pg_attribute WHERE attrelid = 'tenant_2.t'::regclass"
                    + " AND attname = 'note'")).contains("1");
        }
    }

    /** What the library caller does: read both, compare, plan, write {@code toSql()} to a file. */
    private static Path writeFix(ReferenceScenario.Tenants t, Path dir) throws IOException {
        FixScript fix = FixPlanner.plan(Differ.compare(read(t.tenantA()), read(t.tenantB())), PlanOptions.DEFAULTS);
        return Files.writeString(dir.resolve("tenant_b.sql"), fix.toSql());
    }

    @Test
    void aLibraryScriptCarriesTheTargetsFingerprintAndExactlyTheReferenceFix(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            List<String> lines = Files.readAllLines(writeFix(t, tmp));

            assertThat(lines.get(1)).isEqualTo("-- drift:target-fingerprint " + read(t.tenantB()).fingerprint());
            List<String> preamble = SessionSettings.WRITE.stream().map(s -> s.setStatement() + ";").toList();
            assertThat(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("--")))
                    .as("after the session settings, exactly the reference scenario's statement")
                    .containsExactlyElementsOf(Stream.concat(preamble.stream(),
                            Stream.of(ReferenceScenario.FIX_FOR_TENANT_B)).toList());
        }
    }

    @Test
    void aLibraryScriptIsAppliedAndThenRefusedSinceItChangedTheTarget(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t, tmp);

            Run applied = drift("apply", "--script", fix.toString(), "--target", t.tenantB().jdbcUrl(), "--execute");

            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("applied      " + ReferenceScenario.FIX_FOR_TENANT_B,
                    "APPLIED: 1 statement(s) committed to ");
            Catalog after = read(t.tenantB());
            assertThat(Differ.compare(read(t.tenantA()), after).isEmpty()).as("tenant_b now matches tenant_a").isTrue();

            // The fix itself changed tenant_b: the same file is now refused, and nothing runs.
            Run again = drift("apply", "--script", fix.toString(), "--target", t.tenantB().jdbcUrl(), "--execute");
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.err()).startsWith("drift: refused: the catalog of ").contains("has changed since");
            assertThat(read(t.tenantB())).isEqualTo(after);
        }
    }

    @Test
    void aLibraryScriptWithTheReferenceIsVerifiedAgainstIt(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t, tmp);

            Run applied = drift("apply", "--script", fix.toString(), "--reference", t.tenantA().jdbcUrl(), "--target",
                    t.tenantB().jdbcUrl(), "--execute");

            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("Verification: PASSED, ", "APPLIED: 1 statement(s) committed to ",
                    " and verified.");
        }
    }

    @Test
    void aLibraryScriptsTargetChangedSinceIsRefusedAndLeftAlone(@TempDir Path tmp) throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t, tmp);
            t.tenantB().execute("ALTER TABLE public.orders ADD COLUMN note text");
            Catalog changed = read(t.tenantB());

            Run refused = drift("apply", "--script", fix.toString(), "--target", t.tenantB().jdbcUrl(), "--execute");

            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).startsWith("drift: refused: the catalog of ").contains("has changed since",
                    "now " + changed.fingerprint(), "nothing was run");
            assertThat(read(t.tenantB())).isEqualTo(changed);
        }
    }
}
