package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.report.Snapshots;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift snapshot} writes JSON snapshots, and {@code drift diff} takes them wherever it takes a database. */
class SnapshotFilesTest {

    private static ReferenceScenario.Tenants tenants;

    @TempDir
    Path dir;

    @BeforeAll
    static void createTenants() {
        tenants = ReferenceScenario.create(PostgresServer.shared());
    }

    @AfterAll
    static void dropTenants() {
        tenants.close();
    }

    record Run(int exit, String out, String err) {
    }

    static Run drift(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void snapshotPrintsJsonByDefault() {
        Run run = drift("snapshot", "--url", tenants.tenantA().jdbcUrl());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{\n  \"format\": \"drift-catalog/2\",\n");
        Catalog direct = PostgresCatalogReader.create().read(DatabaseUrl.parse(tenants.tenantA().jdbcUrl()));
        assertThat(Snapshots.fromJson(run.out(), "stdout")).isEqualTo(direct);
    }

    /** {@code -o} streams the snapshot into the file: the same bytes as printed, in a new directory too. */
    @Test
    void aSnapshotFileHoldsWhatIsPrinted() throws Exception {
        Path file = dir.resolve("new/dir/baseline.json");
        Run written = drift("snapshot", "--url", tenants.tenantA().jdbcUrl(), "-o", file.toString());
        assertThat(written.exit()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(written.err()).startsWith("drift: wrote ").contains(file.toString());
        Run printed = drift("snapshot", "--url", tenants.tenantA().jdbcUrl());
        assertThat(Files.readString(file)).isEqualTo(printed.out());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theTextFormIsStillThere() {
        Run run = drift("snapshot", "--url", tenants.tenantA().jdbcUrl(), "--format", "text");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("-- drift snapshot of " + tenants.tenantA().name())
                .contains("column public.orders.external_id");
    }

    @Test
    void aTextSnapshotFileGetsTheSamePermissionsAsTheJsonOne() throws Exception {
        // Both are meant to be shared (committed, attached to a ticket): neither may come out owner-only.
        Path json = dir.resolve("baseline.json");
        Path text = dir.resolve("baseline.txt");
        assertThat(drift("snapshot", "--url", tenants.tenantA().jdbcUrl(), "--output", json.toString()).exit()).isZero();
        assertThat(drift("snapshot", "--url", tenants.tenantA().jdbcUrl(), "--format", "text", "--output",
                text.toString()).exit()).isZero();
        assertThat(Files.readString(text)).startsWith("-- drift snapshot of ");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(text)).isEqualTo(Files.getPosixFilePermissions(json));
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("baseline.json",
                    "baseline.txt");
        }
    }

    @Test
    void aBaselineFileIsAReference() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Run saved = drift("snapshot", "--url", tenants.tenantA().jdbcUrl(), "--output", baseline.toString());
        assertThat(saved.exit()).isZero();
        assertThat(saved.err()).startsWith("drift: wrote ").contains(baseline.toString());
        assertThat(Files.readString(baseline)).startsWith("{\n  \"format\": \"drift-catalog/2\"");

        Run sql = drift("diff", "--reference", baseline.toString(), "--target", tenants.tenantB().jdbcUrl(),
                "--format", "sql");
        assertThat(sql.exit()).isEqualTo(Main.DRIFT);
        assertThat(sql.out()).contains(ReferenceScenario.FIX_FOR_TENANT_B);

        Run text = drift("diff", "--reference", baseline.toString(), "--target", tenants.tenantB().jdbcUrl());
        assertThat(text.out()).startsWith(tenants.tenantB().name() + " is BEHIND " + baseline + " (1 difference)");

        Run same = drift("diff", "--reference", baseline.toString(), "--target", tenants.tenantA().jdbcUrl());
        assertThat(same.exit()).isEqualTo(Main.NO_DRIFT);

        // Two snapshots compare offline.
        Path b = dir.resolve("b.json");
        drift("snapshot", "--url", tenants.tenantB().jdbcUrl(), "-o", b.toString());
        assertThat(drift("diff", "--reference", baseline.toString(), "--target", b.toString()).exit())
                .isEqualTo(Main.DRIFT);
    }

    @Test
    void diffJsonIsVersionedAndNamesTheTargetFingerprint() {
        Run run = drift("diff", "--reference", tenants.tenantA().jdbcUrl(), "--target", tenants.tenantB().jdbcUrl(),
                "--format", "json");
        Catalog target = PostgresCatalogReader.create().read(DatabaseUrl.parse(tenants.tenantB().jdbcUrl()));
        assertThat(run.exit()).isEqualTo(Main.DRIFT);
        assertThat(run.out()).startsWith("{\n  \"format\": \"drift-diff/1\",")
                .contains("\"status\": \"BEHIND\"", "\"targetFingerprint\": \"" + target.fingerprint() + "\"",
                        "\"sql\": \"" + ReferenceScenario.FIX_FOR_TENANT_B + "\"");
    }

    @Test
    void aReferenceThatIsNeitherUrlNorFileIsOneLineAndExitTwo() {
        Run run = drift("diff", "--reference", "no-such-baseline.json", "--target", tenants.tenantB().jdbcUrl());
        assertThat(run.exit()).isEqualTo(Main.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("drift: --reference: 'no-such-baseline.json' is neither a PostgreSQL URL"
                + " (jdbc:postgresql://... or postgresql://...) nor an existing snapshot file" + System.lineSeparator());
    }

    @Test
    void anotherDatabasesUrlIsStillCalledAUrl() {
        Run run = drift("diff", "--reference", "mysql://root:Sekret@localhost/db", "--target", "b.json");
        assertThat(run.exit()).isEqualTo(Main.ERROR);
        assertThat(run.err()).startsWith("drift: not a PostgreSQL URL").doesNotContain("Sekret");
    }

    @Test
    void aMistypedTargetFileFailsBeforeAnyConnection() {
        Run run = drift("diff", "--reference", "postgresql://nobody@drift-no-such-host.invalid/db", "--target",
                "no-such-target.json");
        assertThat(run.exit()).isEqualTo(Main.ERROR);
        assertThat(run.err()).startsWith("drift: --target: 'no-such-target.json' is neither");
    }

    @Test
    void aBrokenSnapshotNamesTheFileAndPosition() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"drift-catalog/1\",\n  \"objects\": [\n    {\"key\": }\n");
        Run run = drift("diff", "--reference", broken.toString(), "--target", tenants.tenantB().jdbcUrl());
        assertThat(run.exit()).isEqualTo(Main.ERROR);
        assertThat(run.err()).isEqualTo("drift: " + broken + " is not a Drift snapshot: its JSON is broken at line 4, column 13;"
                + " write it again with 'drift snapshot --url <database> -o broken.json'\n");
        assertThat(run.err().strip()).doesNotContain("\n");

        Path future = dir.resolve("future.json");
        Files.writeString(future, "{\"format\": \"drift-catalog/7\"}");
        Run newer = drift("diff", "--reference", future.toString(), "--target", tenants.tenantB().jdbcUrl());
        assertThat(newer.exit()).isEqualTo(Main.ERROR);
        assertThat(newer.err()).contains("is in format drift-catalog/7, but this Drift reads drift-catalog/2 at most");
    }
}
