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
 * A script a library caller writes with {@link FixScript#toSql()}, computing and passing nothing else, is one
 * {@code drift apply --script} runs as it is, and refuses once the target has changed since.
 */
class LibraryScriptApplyTest {

    private static final PostgresServer SERVER = PostgresServer.shared();

    @TempDir
    Path dir;

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

    /** What the library caller does: read both, compare, plan, write {@code toSql()} to a file. */
    private Path writeFix(ReferenceScenario.Tenants t) throws IOException {
        FixScript fix = FixPlanner.plan(Differ.compare(read(t.tenantA()), read(t.tenantB())), PlanOptions.DEFAULTS);
        return Files.writeString(dir.resolve("tenant_b.sql"), fix.toSql());
    }

    @Test
    void theFileCarriesTheTargetsFingerprintAndExactlyTheReferenceFix() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            List<String> lines = Files.readAllLines(writeFix(t));

            assertThat(lines.get(1)).isEqualTo("-- drift:target-fingerprint " + read(t.tenantB()).fingerprint());
            List<String> preamble = SessionSettings.WRITE.stream().map(s -> s.setStatement() + ";").toList();
            assertThat(lines.stream().filter(l -> !l.isBlank() && !l.startsWith("--")))
                    .as("after the session settings, exactly the reference scenario's statement")
                    .containsExactlyElementsOf(Stream.concat(preamble.stream(),
                            Stream.of(ReferenceScenario.FIX_FOR_TENANT_B)).toList());
        }
    }

    @Test
    void applyScriptAppliesItAsWrittenAndThenRefusesItSinceTheTargetChanged() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t);

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
    void withTheReferenceTheTargetIsVerifiedAgainstIt() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t);

            Run applied = drift("apply", "--script", fix.toString(), "--reference", t.tenantA().jdbcUrl(), "--target",
                    t.tenantB().jdbcUrl(), "--execute");

            assertThat(applied.exit()).as(applied.out() + applied.err()).isEqualTo(0);
            assertThat(applied.out()).contains("Verification: PASSED, ", "APPLIED: 1 statement(s) committed to ",
                    " and verified.");
        }
    }

    @Test
    void aTargetChangedSinceTheScriptWasWrittenIsRefusedAndLeftAlone() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path fix = writeFix(t);
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
