package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.Snapshots;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a person typing {@code drift} expects from any command line tool: messages that name a typo and
 * suggest the right word without repeating a value, {@code --version} everywhere, {@code -o} and
 * {@code --quiet}, defaults from a file and from the environment.
 */
class CliHabitsTest {

    @TempDir
    static Path snapshots;

    private static Path tenantA;
    private static Path tenantB;

    @BeforeAll
    static void snapshotsOfTheReferenceScenario() {
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(PostgresServer.shared())) {
            PostgresCatalogReader reader = PostgresCatalogReader.create();
            tenantA = snapshots.resolve("tenant_a.json");
            tenantB = snapshots.resolve("tenant_b.json");
            Snapshots.write(reader.read(DatabaseUrl.parse(tenants.tenantA().jdbcUrl())), tenantA);
            Snapshots.write(reader.read(DatabaseUrl.parse(tenants.tenantB().jdbcUrl())), tenantB);
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run drift(Map<String, String> env, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, workingDirectory);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run drift(String... args) {
        return drift(Map.of(), snapshots, args);
    }

    @ParameterizedTest(name = "drift {0}")
    @CsvSource(delimiter = '|', value = {
            "dif --reference postgresql://app:Sekret1@db/x|unknown command 'dif' (did you mean diff?) (see 'drift --help')",
            "diff --refrence=postgresql://app:Sekret1@db/x --target x|unknown option '--refrence' (did you mean --reference?)",
            "diff --refrence postgresql://app:Sekret1@db/x --target x|unknown option '--refrence' (did you mean --reference?)",
            "fleet --tenat acme=postgresql://app:Sekret1@db/x|unknown option '--tenat' (did you mean --tenant?)",
            "fleet --tenant postgresql://app:Sekret1@db/x?sslmode=require|--tenant must be <name>=<url>, e.g. acme=jdbc:postgresql://db/acme (the value given is not shown)",
            "fleet --tenant acme=|--tenant must be <name>=<url>",
            "diff postgresql://app:Sekret1@db/x|unexpected argument (not shown)",
            "postgresql://app:Sekret1@db/x|expected a command (diff, snapshot, fleet, apply, demo, help, generate-completion), not a value (not shown)",
            "diff --reference x --target y --format Sekret1|invalid value for --format: expected sql, text, json, markdown (the value is not shown)",
            "fleet --jobs Sekret1 --tenant a=b|invalid value for --jobs: expected a whole number",
            "snapshot --url|missing --url",
            "diff --reference jdbc:postgresql://app:Sekret1@127.0.0.1:1/db --target jdbc:postgresql://127.0.0.1:1/db2|cannot connect to 127.0.0.1:1/db",
            "diff --reference jdbc:postgresql://app:Sekret1@no-such-host.invalid/db --target jdbc:postgresql://127.0.0.1:1/db2 --verbose|unknown host no-such-host.invalid",
            "snapshot --url postgresql://app:Sekret1@db/x?sslcrl=/x|'sslcrl' is not supported",
    })
    void mistakesAreNamedAndNoValueIsRepeated(String line, String expected) {
        Run run = drift(line.split(" "));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("drift: ").contains(expected).doesNotContain("Sekret1");
        if (!line.contains("--verbose")) {
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    /**
     * A command line that names a command gets a tree of that command only (picocli's models of the others
     * cost every run CPU); anything else, the whole tree: help, suggestions and completion know every command.
     */
    @Test
    void onlyTheNamedCommandIsBuiltAndEverythingElseSeesThemAll() {
        Main.commandLine().getSubcommands().forEach((name, command) ->
                assertThat(Main.SUBCOMMANDS).as("the name %s is the command's own", name).containsKey(name));
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(Main.SUBCOMMANDS.keySet());
        assertThat(Main.commandLine(new String[] {"diff", "--reference", "a"}).getSubcommands()).containsOnlyKeys("diff");
        assertThat(Main.commandLine(new String[] {"--verbose", "--config", "x", "fleet"}).getSubcommands())
                .containsOnlyKeys("fleet");
        assertThat(Main.commandLine(new String[] {"--config=x", "snapshot"}).getSubcommands()).containsOnlyKeys("snapshot");
        for (String[] line : new String[][] {{}, {"--help"}, {"-V"}, {"help", "diff"}, {"generate-completion"},
                {"dif"}, {"--help", "diff"}, {"@args.txt"}, {"--config", "diff"}}) {
            assertThat(Main.commandLine(line).getSubcommands().keySet()).as(String.join(" ", line))
                    .containsExactlyElementsOf(Main.SUBCOMMANDS.keySet());
        }
        Run help = drift("--help");
        assertThat(help.exit()).isZero();
        Main.SUBCOMMANDS.keySet().forEach(name -> assertThat(help.out()).contains("  " + name));
        Run helpDiff = drift("help", "diff");
        assertThat(helpDiff.exit()).isZero();
        assertThat(helpDiff.out()).startsWith("Usage: drift diff");
        Run completion = drift("generate-completion");
        assertThat(completion.exit()).isZero();
        Main.SUBCOMMANDS.keySet().forEach(name -> assertThat(completion.out()).contains(name));
    }

    @Test
    void everySubcommandAnswersVersion() {
        Main.commandLine().getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                for (String flag : new String[] {"--version", "-V"}) {
                    Run run = drift(name, flag);
                    assertThat(run.exit()).as(name + " " + flag).isZero();
                    assertThat(run.out()).as(name + " " + flag).startsWith("drift ");
                }
            }
        });
    }

    @Test
    void dashOWritesTheReportToAFileAndQuietPrintsNothing(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("reports/diff.md");
        Run written = drift("diff", "--reference", tenantA.toString(), "--target", tenantB.toString(), "--format",
                "markdown", "-o", report.toString());
        assertThat(written.exit()).isEqualTo(1);
        assertThat(written.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("### Drift: ").contains("external_id");

        Run quiet = drift("diff", "--reference", tenantA.toString(), "--target", tenantB.toString(), "--quiet");
        assertThat(quiet.exit()).isEqualTo(1);
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();

        // A command that fails leaves the file it would have replaced as it was.
        Run failed = drift("diff", "--reference", tenantA.toString(), "--target", tmp.resolve("missing.json").toString(),
                "-o", report.toString());
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(Files.readString(report)).startsWith("### Drift: ");

        Run sql = drift("apply", "--target", "jdbc:postgresql://127.0.0.1:1/x", "--reference", tenantA.toString(),
                "--quiet");
        assertThat(sql.exit()).isEqualTo(2);
        assertThat(sql.err()).as("errors are still printed when quiet").startsWith("drift: cannot connect");
    }

    @Test
    void noColourIsAnOptionAndAVariable() {
        Run flag = drift("diff", "--reference", tenantA.toString(), "--target", tenantB.toString(), "--no-color");
        assertThat(flag.exit()).isEqualTo(1);
        assertThat(flag.out()).doesNotContain("\u001b[");
        Run variable = drift(Map.of("NO_COLOR", "1"), snapshots, "diff", "--help");
        assertThat(variable.out()).doesNotContain("\u001b[");
    }

    @Test
    void defaultsComeFromTheCommandLineThenTheEnvironmentThenTheConfigFile(@TempDir Path work) throws Exception {
        Files.writeString(work.resolve("drift.properties"), "reference=" + tenantA.toString().replace("\\", "\\\\")
                + "\ndiff.target=" + tenantB.toString().replace("\\", "\\\\") + "\nformat=json\n");
        // drift.properties in the working directory: the reference and target come from it, and the format.
        Run fromFile = drift(Map.of(), work, "diff");
        assertThat(fromFile.exit()).as(fromFile.err()).isEqualTo(1);
        assertThat(fromFile.out()).startsWith("{\n  \"format\": \"drift-diff/1\"");
        // The environment wins over the file, the command-specific variable over the general one.
        Map<String, String> env = new HashMap<>(Map.of("DRIFT_FORMAT", "markdown"));
        assertThat(drift(env, work, "diff").out()).startsWith("### Drift: ");
        env.put("DRIFT_DIFF_FORMAT", "sql");
        assertThat(drift(env, work, "diff").out()).startsWith("-- Drift fix script");
        // The command line wins over everything.
        assertThat(drift(env, work, "diff", "--format", "text").out()).startsWith(tenantB.toString() + " is BEHIND");
        // --config names another file, wherever it stands on the line.
        Path other = Files.writeString(work.resolve("other.properties"), "diff.format=markdown\n");
        assertThat(drift(Map.of(), work, "diff", "--config", other.toString(), "--reference", tenantA.toString(),
                "--target", tenantB.toString()).out()).startsWith("### Drift: ");
        Run missing = drift(Map.of(), work, "--config", work.resolve("nope.properties").toString(), "diff");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("drift: --config: no such file");
    }

    @Test
    void aTruncatedOrCorruptSnapshotGetsOneHumanLine(@TempDir Path tmp) throws Exception {
        String json = Files.readString(tenantA);
        Path truncated = Files.writeString(tmp.resolve("cut.json"), json.substring(0, json.length() / 2));
        Run cut = drift("diff", "--reference", truncated.toString(), "--target", tenantB.toString());
        assertThat(cut.exit()).isEqualTo(2);
        assertThat(cut.err()).startsWith("drift: " + truncated + " is cut short at line ")
                .contains("write it again with 'drift snapshot --url <database> -o cut.json'")
                .doesNotContain("Source", "marker", "Jackson", "REDACTED");
        Path binary = Files.write(tmp.resolve("bin.json"), new byte[] {0, 1, 2, '{'});
        Run corrupt = drift("fleet", "--tenant", "a=jdbc:postgresql://127.0.0.1:1/a", "--baseline", binary.toString());
        assertThat(corrupt.exit()).isEqualTo(2);
        assertThat(corrupt.err()).isEqualTo("drift: " + binary + " is not a Drift snapshot: its JSON is broken at line 1,"
                + " column 2; write it again with 'drift snapshot --url <database> -o bin.json'\n");
    }
}
