package dev.drift.cli;

import static dev.drift.cli.InProcessDrift.drift;
import static dev.drift.cli.InProcessDrift.url;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.cli.InProcessDrift.Run;
import dev.drift.core.SessionSettings;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift diff --prove} on real embedded servers: every format, every verdict, and no scratch database left. */
class DiffProveTest {

    private static final PostgresServer SERVER = PostgresServer.shared();
    private static final String PLAIN_ROLE = "diff_prove_plain";

    @TempDir
    Path dir;

    private static List<String> scratchDatabases() {
        return SERVER.queryValue("postgres", "SELECT coalesce(string_agg(datname, ','), '') FROM pg_database"
                + " WHERE datname LIKE 'drift\\_proof\\_%'").filter(s -> !s.isEmpty()).map(s -> List.of(s.split(",")))
                .orElse(List.of());
    }

    private static String fingerprint(TestDatabase db) {
        return PostgresCatalogReader.create().read(DatabaseUrl.parse(db.jdbcUrl())).fingerprint();
    }

    private String snapshot(TestDatabase db, String file) {
        Path path = dir.resolve(file);
        Run run = drift("snapshot", "--url", url(db), "--output", path.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return path.toString();
    }

    @Test
    void theReferenceScenarioIsProvenInEveryFormat() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            String before = fingerprint(t.tenantB());

            Run sql = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--prove",
                    "--format", "sql");
            assertThat(sql.exit()).as(sql.err()).isEqualTo(1);
            List<String> lines = sql.out().lines().filter(l -> !l.startsWith("-- drift:target-fingerprint")
                    && !l.startsWith("-- Drift fix script: ")).toList();
            List<String> preamble = SessionSettings.scriptPreamble().lines().toList();
            assertThat(lines).startsWith(preamble.toArray(String[]::new));
            assertThat(lines.subList(preamble.size(), lines.size())).as("the verdict is a comment after the script")
                    .containsExactly(ReferenceScenario.FIX_FOR_TENANT_B, "-- PROVEN: the plan applied to a scratch copy"
                            + " of the target (" + SERVER.host() + ":" + SERVER.port() + ") leaves it equal to the"
                            + " reference");

            Run text = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--prove");
            assertThat(text.exit()).as(text.err()).isEqualTo(1);
            assertThat(text.out()).contains("  " + ReferenceScenario.FIX_FOR_TENANT_B + "\n")
                    .endsWith("\nProof: PROVEN: the plan applied to a scratch copy of the target (" + SERVER.host()
                            + ":" + SERVER.port() + ") leaves it equal to the reference\n");

            Run markdown = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--prove",
                    "--format", "markdown");
            assertThat(markdown.exit()).isEqualTo(1);
            assertThat(markdown.out()).contains("\n#### Proof\n\nPROVEN: the plan applied to a scratch copy");

            Run json = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--prove",
                    "--format", "json");
            assertThat(json.exit()).isEqualTo(1);
            JsonNode proof = new ObjectMapper().readTree(json.out()).get("proof");
            assertThat(proof.get("verdict").asText()).isEqualTo("PROVEN");
            assertThat(proof.get("line").asText()).startsWith("PROVEN: ");
            assertThat(proof.get("stillToRun")).isEmpty();

            assertThat(scratchDatabases()).as("every scratch database is dropped").isEmpty();
            assertThat(fingerprint(t.tenantB())).as("the target is only read").isEqualTo(before);
        }
    }

    @Test
    void withoutProveTheOutputsHaveNoVerdict() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Run sql = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--format", "sql");
            assertThat(sql.out()).doesNotContain("PROVEN").endsWith(ReferenceScenario.FIX_FOR_TENANT_B + "\n");
            Run json = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantB()), "--format", "json");
            assertThat(new ObjectMapper().readTree(json.out()).has("proof")).isFalse();
        }
    }

    @Test
    void noDriftHasNothingToProve() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Run run = drift("diff", "--reference", url(t.tenantA()), "--target", url(t.tenantA()), "--prove");
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("Proof: NOTHING TO PROVE: ");
        }
    }

    /**
     * A hand-edited reference whose column default is not PostgreSQL's own rendering ({@code 'x'} is stored and read
     * back as {@code 'x'::text}): the plan adds the column with that default, and a new plan on the copy would set it
     * again, so the plan never converges. The proof says so, and which statement a new plan would still run.
     */
    @Test
    void aPlanThatDoesNotConvergeIsNotProvenAndSaysWhatStillDiffers() throws IOException {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            Path reference = Path.of(snapshot(t.tenantA(), "a.json"));
            String json = Files.readString(reference);
            String column = "\"name\": \"external_id\"\n      },\n      \"position\": 5,\n      \"type\": \"text\",\n"
                    + "      \"notNull\": false";
            assertThat(json).contains(column);
            Files.writeString(reference, json.replace(column, column + ",\n      \"defaultExpression\": \"'x'\""));

            Run run = drift("diff", "--reference", reference.toString(), "--target", url(t.tenantB()), "--prove");
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
            assertThat(run.out()).contains("Proof: NOT PROVEN: the plan does not converge; still different"
                    + " afterwards (a new plan would run):\n  ALTER TABLE public.orders ALTER COLUMN external_id SET"
                    + " DEFAULT 'x';\n");

            Run sql = drift("diff", "--reference", reference.toString(), "--target", url(t.tenantB()), "--prove",
                    "--format", "sql");
            assertThat(sql.exit()).isEqualTo(2);
            assertThat(sql.err()).startsWith("drift: NOT PROVEN: the plan does not converge");
            assertThat(sql.out().lines().toList().get((int) sql.out().lines().count() - 1))
                    .startsWith("-- NOT PROVEN: the plan does not converge");
            Run json2 = drift("diff", "--reference", reference.toString(), "--target", url(t.tenantB()), "--prove",
                    "--format", "json");
            JsonNode proof = new ObjectMapper().readTree(json2.out()).get("proof");
            assertThat(proof.get("verdict").asText()).isEqualTo("NOT_PROVEN");
            assertThat(proof.get("stillToRun")).extracting(JsonNode::asText)
                    .containsExactly("ALTER TABLE public.orders ALTER COLUMN external_id SET DEFAULT 'x';");
            assertThat(scratchDatabases()).as("dropped after a failing proof too").isEmpty();
        }
    }

    @Test
    void aRoleWithoutCreatedbCannotProveUnlessAScratchServerIsGiven() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            SERVER.execute("postgres", "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PLAIN_ROLE
                    + "') THEN CREATE ROLE " + PLAIN_ROLE + " LOGIN NOCREATEDB; END IF; END$$");
            String target = url(t.tenantB()).replace("user=" + SERVER.user(), "user=" + PLAIN_ROLE);

            Run refused = drift("diff", "--reference", url(t.tenantA()), "--target", target, "--prove");
            assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(2);
            assertThat(refused.out()).contains("\nProof: COULD NOT PROVE: the user of " + SERVER.host() + ":"
                    + SERVER.port() + " may not create databases (no CREATEDB), and no scratch server was given"
                    + " (--scratch-url)\n").doesNotContain("Proof: PROVEN");
            assertThat(refused.err()).startsWith("drift: COULD NOT PROVE: the user of ");

            Run proven = drift("diff", "--reference", url(t.tenantA()), "--target", target, "--prove",
                    "--scratch-url", url(t.tenantA()));
            assertThat(proven.exit()).as(proven.out() + proven.err()).isEqualTo(1);
            assertThat(proven.out()).contains("\nProof: PROVEN: ");
            assertThat(scratchDatabases()).isEmpty();
        }
    }

    @Test
    void aSnapshotTargetIsProvenOnTheScratchServerOnly() {
        try (ReferenceScenario.Tenants t = ReferenceScenario.create(SERVER)) {
            String target = snapshot(t.tenantB(), "b.json");

            Run refused = drift("diff", "--reference", url(t.tenantA()), "--target", target, "--prove");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.out()).contains("\nProof: COULD NOT PROVE: the target is a snapshot file, not a"
                    + " database, and no scratch server was given (--scratch-url)\n");

            Run proven = drift("diff", "--reference", url(t.tenantA()), "--target", target, "--prove",
                    "--scratch-url", url(t.tenantA()), "--format", "sql");
            assertThat(proven.exit()).as(proven.out() + proven.err()).isEqualTo(1);
            assertThat(proven.out()).contains("\n" + ReferenceScenario.FIX_FOR_TENANT_B + "\n-- PROVEN: ");
            assertThat(scratchDatabases()).isEmpty();
        }
    }
}
