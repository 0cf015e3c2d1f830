package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.ReferenceScenario;
import dev.drift.testkit.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI contract, run the way users run it: {@code java -jar drift.jar ...} in its own process, against
 * real PostgreSQL servers. Exit codes 0 (no drift), 1 (drift), 2 (error, one line on stderr).
 */
class CliJarIT {

    private static final Path DRIFT_JAR = Path.of(System.getProperty("drift.cli.jar", "target/drift.jar"));
    private static final Path DEMO_JAR = Path.of(System.getProperty("drift.cli.demoJar", "target/drift-demo.jar"));

    record Run(int exit, String out, String err) {
        /**
         * The statements a printed script runs: its lines that are not comments, after the session settings that
         * every script with statements starts with (as pg_dump's do), which must be exactly those.
         */
        List<String> runnableLines() {
            List<String> lines = out.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("--")).toList();
            if (lines.isEmpty()) {
                return lines;
            }
            List<String> preamble = dev.drift.core.SessionSettings.scriptPreamble().lines().toList();
            assertThat(lines).as("a script with statements starts with the session settings").startsWith(
                    preamble.toArray(String[]::new));
            return lines.subList(preamble.size(), lines.size());
        }
    }

    static Run drift(Path jar, String... args) throws IOException, InterruptedException {
        return drift(Map.of(), jar, args);
    }

    /** {@code java -jar <jar> args} with these variables added to the environment (and PG* ones removed). */
    static Run drift(Map<String, String> env, Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile("drift-out", ".txt");
        Path err = Files.createTempFile("drift-err", ".txt");
        List<String> args = command.subList(Math.min(3, command.size()), command.size());
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("DRIFT_"));
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("drift " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {14, 15, 16, 17, 18})
    void referenceScenarioThroughTheJar(int major) throws Exception {
        Optional<PostgresServer> server = PostgresServer.ofVersion(major);
        assumeTrue(server.isPresent(), "an external server of another major is configured");
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(server.get())) {
            String a = tenants.tenantA().jdbcUrl();
            String b = tenants.tenantB().jdbcUrl();

            // Detect
            Run text = drift(DRIFT_JAR, "diff", "--reference", a, "--target", b);
            assertThat(text.exit()).as(text.err()).isEqualTo(1);
            assertThat(text.out()).contains("BEHIND", "1 difference", "missing column public.orders.external_id");
            assertThat(text.err()).isEmpty();

            // Fix: the script carries no statement but the needed one.
            Run fix = drift(DRIFT_JAR, "diff", "--reference", a, "--target", b, "--format", "sql");
            assertThat(fix.exit()).isEqualTo(1);
            assertThat(fix.runnableLines()).containsExactly(ReferenceScenario.FIX_FOR_TENANT_B);

            // Trap: nothing runnable for tenant_a; the drop only as a comment.
            Run trap = drift(DRIFT_JAR, "diff", "--reference", b, "--target", a, "--format", "sql");
            assertThat(trap.exit()).isEqualTo(1);
            assertThat(trap.runnableLines()).isEmpty();
            assertThat(trap.out()).contains("--   ALTER TABLE public.orders DROP COLUMN external_id;")
                    .doesNotContainIgnoringCase("index");
            Run allowed = drift(DRIFT_JAR, "diff", "--reference", b, "--target", a, "--format", "sql",
                    "--allow-destructive");
            assertThat(allowed.runnableLines()).containsExactly("ALTER TABLE public.orders DROP COLUMN external_id;");

            // Converge: apply the printed script, compare again: exit 0, nothing to run.
            tenants.tenantB().execute(fix.out());
            Run after = drift(DRIFT_JAR, "diff", "--reference", a, "--target", b, "--format", "sql");
            assertThat(after.exit()).as(after.out() + after.err()).isEqualTo(0);
            assertThat(after.runnableLines()).isEmpty();
        }
    }

    @Test
    void everyReportFormat() throws Exception {
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(PostgresServer.shared())) {
            String a = tenants.tenantA().jdbcUrl();
            String b = tenants.tenantB().jdbcUrl();
            Run json = drift(DRIFT_JAR, "diff", "--reference", a, "--target", b, "--format", "json");
            assertThat(json.exit()).isEqualTo(1);
            assertThat(json.out()).startsWith("{\n  \"format\": \"drift-diff/1\",").contains("\"status\": \"BEHIND\"",
                    "\"sql\": \"ALTER TABLE public.orders ADD COLUMN external_id text;\"");
            Run markdown = drift(DRIFT_JAR, "diff", "--reference", a, "--target", b, "--format", "MARKDOWN");
            assertThat(markdown.exit()).isEqualTo(1);
            assertThat(markdown.out()).contains("| missing | `column public.orders.external_id` |", "```sql");
            Run snapshot = drift(DRIFT_JAR, "snapshot", "--url", b, "--format", "text");
            assertThat(snapshot.exit()).isEqualTo(0);
            assertThat(snapshot.out()).contains("public.orders.customer_id").doesNotContain("external_id");
            Run jsonSnapshot = drift(DRIFT_JAR, "snapshot", "--url", b);
            assertThat(jsonSnapshot.exit()).isEqualTo(0);
            assertThat(jsonSnapshot.out()).startsWith("{\n  \"format\": \"drift-catalog/2\",")
                    .contains("\"name\": \"customer_id\"").doesNotContain("external_id");
        }
    }

    @Test
    void psqlRunsThePrintedScriptAsItIs() throws Exception {
        Optional<Path> psql = onPath("psql");
        assumeTrue(psql.isPresent(), "psql is not installed");
        PostgresServer server = PostgresServer.shared();
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(server)) {
            Run fix = drift(DRIFT_JAR, "diff", "--reference", tenants.tenantA().jdbcUrl(), "--target",
                    tenants.tenantB().jdbcUrl(), "--format", "sql");
            Path script = Files.createTempFile("fix", ".sql");
            Files.writeString(script, fix.out());
            Process p = new ProcessBuilder(psql.get().toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host(),
                    "-p", Integer.toString(server.port()), "-U", server.user(), "-d", tenants.tenantB().name(),
                    "-f", script.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(output).isEqualTo(0);
            Files.delete(script);
            Run after = drift(DRIFT_JAR, "diff", "--reference", tenants.tenantA().jdbcUrl(), "--target",
                    tenants.tenantB().jdbcUrl());
            assertThat(after.exit()).isEqualTo(0);
            assertThat(after.out()).contains("no drift");
        }
    }

    // ---- bad input: exit code 2, one clear line, no password ------------------------------------

    private static void assertOneLineError(Run run, String... fragments) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).as(run.err()).singleElement().asString().startsWith("drift: ")
                .contains(fragments);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void malformedUrl() throws Exception {
        Run run = drift(DRIFT_JAR, "diff", "--reference", "jdbc:postgresql://localhost:notaport/db?password=Sekret1",
                "--target", "jdbc:postgresql://localhost/db");
        assertOneLineError(run, "bad port 'notaport'");
        assertThat(run.err()).doesNotContain("Sekret1");
        Run notPostgres = drift(DRIFT_JAR, "diff", "--reference", "mysql://root:Sekret2@localhost/db",
                "--target", "jdbc:postgresql://localhost/db");
        assertOneLineError(notPostgres, "not a PostgreSQL URL");
        assertThat(notPostgres.err()).doesNotContain("Sekret2");
    }

    @Test
    void unreachableHost() throws Exception {
        // Port 1 on the loopback: nothing listens there, the refusal is immediate.
        Run run = drift(DRIFT_JAR, "diff", "--reference", "jdbc:postgresql://127.0.0.1:1/tenant_a?user=app&password=Sekret3",
                "--target", "jdbc:postgresql://127.0.0.1:1/tenant_b");
        assertOneLineError(run, "cannot connect to 127.0.0.1:1/tenant_a", "connection refused");
        assertThat(run.err()).doesNotContain("Sekret3");
        Run unknown = drift(DRIFT_JAR, "snapshot", "--url", "postgresql://app:Sekret4@no-such-host.invalid/db");
        assertOneLineError(unknown, "unknown host no-such-host.invalid");
        assertThat(unknown.err()).doesNotContain("Sekret4");
    }

    @Test
    void wrongDatabase() throws Exception {
        PostgresServer server = PostgresServer.shared();
        Run run = drift(DRIFT_JAR, "snapshot", "--url", server.jdbcUrl("no_such_database_here"));
        assertOneLineError(run, "no such database", "no_such_database_here", "3D000");
    }

    @Test
    void authenticationFailure() throws Exception {
        PostgresServer server = PostgresServer.shared();
        server.createPasswordRole("drift_cli_auth", "right-password");
        try (TestDatabase db = server.createDatabase("auth")) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + db.name()
                    + "?user=drift_cli_auth&password=Wrong-Sekret5";
            Run run = drift(DRIFT_JAR, "diff", "--reference", url, "--target", url);
            assertOneLineError(run, "authentication failed", "28P01");
            assertThat(run.err()).doesNotContain("Wrong-Sekret5");
            Run libpq = drift(DRIFT_JAR, "snapshot", "--url",
                    "postgresql://drift_cli_auth:Wrong-Sekret6@127.0.0.1:" + server.port() + "/" + db.name());
            assertOneLineError(libpq, "authentication failed");
            assertThat(libpq.err()).doesNotContain("Wrong-Sekret6");
        }
    }

    @Test
    void unknownFormat() throws Exception {
        Run run = drift(DRIFT_JAR, "diff", "--reference", "jdbc:postgresql://localhost/a", "--target",
                "jdbc:postgresql://localhost/b", "--format", "yaml");
        assertOneLineError(run, "invalid value for --format: expected sql, text, json, markdown (the value is not shown)");
    }

    @Test
    void verboseShowsTheStackTrace() throws Exception {
        Run run = drift(DRIFT_JAR, "snapshot", "--verbose", "--url", "jdbc:postgresql://127.0.0.1:1/db?password=Sekret7");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("drift: cannot connect").contains("\tat ").doesNotContain("Sekret7");
    }

    // ---- the two jars ------------------------------------------------------------------------------

    @Test
    void theLeanJarCarriesNoPostgresBinariesAndSaysWhereTheDemoIs() throws Exception {
        try (JarFile jar = new JarFile(DRIFT_JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.endsWith(".txz") || n.startsWith("io/zonky/") || n.startsWith("dev/drift/testkit/"));
        }
        assertThat(Files.size(DRIFT_JAR)).isLessThan(10L * 1024 * 1024);
        Run run = drift(DRIFT_JAR, "demo");
        assertOneLineError(run, "drift-demo.jar");
    }

    @Test
    void theDemoShowsDetectFixTrapAndItsVerdict() throws Exception {
        assumeTrue(PostgresServer.ofVersion(PostgresServer.DEFAULT_VERSION).isPresent()
                && System.getenv("DRIFT_TEST_JDBC_URL") == null, "the demo runs on its own embedded server");
        Run run = drift(DEMO_JAR, "demo");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).contains("1. Detect", "2. Fix", "3. Trap", ReferenceScenario.FIX_FOR_TENANT_B,
                "Verdict: Detect PASS · Fix PASS · Trap PASS · Converged PASS");
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    // ---- issue #10, point 5: no secret in any output, each attack as it was written ------------------

    @Test
    void aJdbcUrlWithUserInfoShowsItsPasswordNowhereInAnyFleetFormatOrSummary(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (ReferenceScenario.Tenants tenants = ReferenceScenario.create(server)) {
            for (String format : new String[] {"text", "markdown", "json", "html"}) {
                Path out = tmp.resolve(format);
                Run run = drift(DRIFT_JAR, "fleet", "--tenant", "a=" + tenants.tenantA().jdbcUrl(),
                        "--tenant", "b=jdbc:postgresql://user:Sekret8@no-such-host.invalid/db",
                        "--tenant", "c=jdbc:postgresql://drift_cli_auth:Sekret9@127.0.0.1:" + server.port() + "/"
                                + tenants.tenantB().name(),
                        "--format", format, "--out", out.toString(), "--connect-timeout", "5");
                // 1: some tenants could not be read (2 if, on a loaded machine, tenant a timed out too).
                assertThat(run.exit()).as(run.err()).isIn(1, 2);
                assertThat(run.out()).contains("no-such-host.invalid").doesNotContain("Sekret8", "Sekret9");
                assertThat(run.err()).doesNotContain("Sekret8", "Sekret9");
                try (var files = Files.list(out)) {
                    for (Path f : files.toList()) {
                        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("Sekret8", "Sekret9");
                    }
                }
            }
        }
    }

    @Test
    void picocliNeverEchoesAValue() throws Exception {
        for (String[] line : List.of(
                new String[] {"dif", "--reference", "postgresql://app:Sekret10@db/x"},
                new String[] {"diff", "--refrence=postgresql://app:Sekret10@db/x", "--target", "x"},
                new String[] {"fleet", "--tenat", "acme=postgresql://app:Sekret10@db/x"},
                new String[] {"fleet", "--tenant", "postgresql://app:Sekret10@db/x?sslmode=require"})) {
            Run run = drift(DRIFT_JAR, line);
            assertOneLineError(run, "drift: ");
            assertThat(run.err()).doesNotContain("Sekret10", "app:", "db/x");
        }
        assertThat(drift(DRIFT_JAR, "dif", "--reference", "x").err()).contains("unknown command 'dif' (did you mean diff?)");
    }

    @Test
    void libpqUriUserAndPasswordParametersAreHonoured() throws Exception {
        PostgresServer server = PostgresServer.shared();
        assumeTrue(server.isEmbedded(), "needs pg_hba.conf to ask for a password");
        server.createPasswordRole("drift_cli_auth", "right-password");
        try (TestDatabase db = server.createDatabase("libpq_params")) {
            String url = "postgresql://127.0.0.1:" + server.port() + "/" + db.name() + "?user=drift_cli_auth&password=right-password";
            Run run = drift(DRIFT_JAR, "snapshot", "--url", url, "--format", "text");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("-- drift snapshot of " + db.name());
        }
    }

    // ---- issue #13: libpq habits, the launcher, the distribution, progress on a terminal -------------

    @Test
    void libpqVariablesReachTheCliAndAMissingPasswordSaysWhereOneCanComeFrom() throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase db = server.createDatabase("libpq_cli").execute("CREATE TABLE t (id int)")) {
            Map<String, String> env = Map.of("PGHOST", server.host(), "PGPORT", Integer.toString(server.port()),
                    "PGDATABASE", db.name(), "PGUSER", server.user());
            Run run = drift(env, DRIFT_JAR, "snapshot", "--url", "postgresql://", "--format", "text");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("-- drift snapshot of " + db.name()).contains("public.t");
        }
        assumeTrue(server.isEmbedded(), "needs pg_hba.conf to ask for a password");
        server.createPasswordRole("drift_cli_auth", "right-password");
        Run missing = drift(Map.of("HOME", "/nonexistent"), DRIFT_JAR, "snapshot", "--url",
                "postgresql://drift_cli_auth@127.0.0.1:" + server.port() + "/postgres");
        assertOneLineError(missing, "the server asks for a password and none was given", "PGPASSWORD", "~/.pgpass",
                "PGPASSFILE", "in the URL");
    }

    private static final Path LAUNCHER = Path.of("..", "drift");

    @Test
    void theLauncherRunsTheCliWithItsFlagsTheUsersAndTheClassDataArchive(@org.junit.jupiter.api.io.TempDir Path lib)
            throws Exception {
        Run version = run(List.of(LAUNCHER.toString(), "diff", "--version"), Map.of());
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("drift ");
        Run flags = run(List.of(LAUNCHER.toString(), "--version"), Map.of("DRIFT_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));
        assertThat(flags.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:InitialRAMPercentage=3",
                "-XX:+PrintCommandLineFlags");
        // The user's flags come after Drift's: a smaller heap of theirs wins, and the share of memory Drift starts
        // the heap with gives way to it without a word on stdout (where a script goes).
        Run small = run(List.of(LAUNCHER.toString(), "--version"), Map.of("DRIFT_JAVA_OPTS", "-Xmx64m"));
        assertThat(small.exit()).as(small.err()).isZero();
        assertThat(small.out()).startsWith("drift ").doesNotContain("warning");
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(flags.out()).contains("-XX:+UseTransparentHugePages");
        }
        assertThat(run(List.of(LAUNCHER.toString(), "--version"), Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"))
                .out()).contains("-XX:+PrintCommandLineFlags");

        // An AppCDS archive next to the jar is used: the contract with the start-up work (drift.jsa).
        Files.copy(DRIFT_JAR, lib.resolve("drift.jar"));
        Run archived = drift(Map.of(), lib.resolve("drift.jar"), "--version");
        assertThat(archived.exit()).isZero();
        Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + lib.resolve("drift.jsa"), "-jar", lib.resolve("drift.jar").toString(),
                "--version").redirectErrorStream(true).start();
        dump.getInputStream().readAllBytes();
        assertThat(dump.waitFor()).isZero();
        Run withArchive = run(List.of(Path.of("src/dist/bin/drift").toString(), "--version"),
                Map.of("DRIFT_LIB", lib.toString(), "DRIFT_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));
        assertThat(withArchive.exit()).as(withArchive.err()).isZero();
        assertThat(withArchive.out()).contains("-XX:SharedArchiveFile=" + lib.resolve("drift.jsa"));
    }

    @Test
    void theBuildsClassDataArchiveHoldsPicocli() throws Exception {
        // A static archive (-Xshare:dump from the training run's class list): a dynamic one skipped picocli's
        // Java 5 class files, some 200 classes parsed and verified on every run.
        Run run = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + DRIFT_JAR.resolveSibling("drift.jsa"), "-Xlog:class+load=info",
                "-jar", DRIFT_JAR.toString(), "diff", "--version"), Map.of());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("dev.drift.cli.Main source: shared objects file",
                "picocli.CommandLine source: shared objects file");
    }

    @Test
    void theBuildsClassDataArchiveWasTrainedOnDatabases() throws Exception {
        // CdsDatabaseTraining ran: classes that only a read of a real database or an applied fix loads are listed
        // (trained on snapshot files alone, a diff of two databases loaded some 240 classes from the jar).
        List<String> listed = Files.readAllLines(DRIFT_JAR.resolveSibling("drift.classlist"));
        assertThat(listed).contains("org/postgresql/jdbc/PgResultSet", "org/postgresql/jdbc/ArrayDecoding",
                "dev/drift/jdbc/SharedRead", "dev/drift/apply/FixApplier");
    }

    @Test
    void anInstalledCopyBuildsItsClassDataArchiveOnceInTheBackgroundAndUsesItAfter(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        // As the distribution lays it out: the jar and the class list, no archive (Java 17 would refuse one
        // made for the build's path).
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.copy(DRIFT_JAR, lib.resolve("drift.jar"));
        Files.copy(DRIFT_JAR.resolveSibling("drift.classlist"), lib.resolve("drift.classlist"));
        Path cache = tmp.resolve("cache");
        String launcher = Path.of("src/dist/bin/drift").toString();
        Map<String, String> env = Map.of("DRIFT_LIB", lib.toString(), "XDG_CACHE_HOME", cache.toString(),
                "DRIFT_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xlog:class+load=info");

        Map<String, String> off = new java.util.HashMap<>(env);
        off.put("DRIFT_CDS", "off");
        Run withoutArchive = run(List.of(launcher, "--version"), off);
        assertThat(withoutArchive.exit()).as(withoutArchive.err()).isZero();
        assertThat(withoutArchive.out()).doesNotContain("SharedArchiveFile");
        assertThat(cache).as("DRIFT_CDS=off writes nothing").doesNotExist();

        Run first = run(List.of(launcher, "--version"), env);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("-XX:").contains("drift ").doesNotContain("SharedArchiveFile");
        Path archive = null;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); archive == null
                && System.nanoTime() < deadline; Thread.sleep(200)) {
            try (var files = Files.list(cache.resolve("drift"))) {
                archive = files.filter(f -> f.getFileName().toString().matches("drift-\\d+\\.jsa")).findFirst()
                        .orElse(null);
            }
        }
        assertThat(archive).as("the archive the first run builds in the background").isNotNull();

        Run second = run(List.of(launcher, "diff", "--version"), env);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("-XX:SharedArchiveFile=" + archive,
                "dev.drift.cli.Main source: shared objects file", "picocli.CommandLine source: shared objects file");
        // Built once: the lock is gone and nothing else was written next to it.
        try (var files = Files.list(cache.resolve("drift"))) {
            assertThat(files.toList()).containsExactly(archive);
        }

        // A jar newer than the archive (an upgrade in place) is not run with it, and it is built again.
        long jarTime = Files.getLastModifiedTime(lib.resolve("drift.jar")).toMillis();
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(jarTime - 86_400_000));
        Run upgraded = run(List.of(launcher, "--version"), env);
        assertThat(upgraded.exit()).as(upgraded.err()).isZero();
        assertThat(upgraded.out()).doesNotContain("SharedArchiveFile");
        Path lock = archive.resolveSibling(archive.getFileName() + ".lock");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); System.nanoTime() < deadline
                && (Files.exists(lock) || Files.getLastModifiedTime(archive).toMillis() < jarTime); ) {
            Thread.sleep(200);
        }
        assertThat(Files.getLastModifiedTime(archive).toMillis()).as("the archive built again").isGreaterThanOrEqualTo(jarTime);
        assertThat(lock).doesNotExist();

        // An archive another user could have written is code run as this user: not used, not replaced.
        Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Run writable = run(List.of(launcher, "--version"), env);
        assertThat(writable.exit()).as(writable.err()).isZero();
        assertThat(writable.out()).doesNotContain("SharedArchiveFile");
        Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(cache.resolve("drift"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Run sharedDirectory = run(List.of(launcher, "--version"), env);
        assertThat(sharedDirectory.out()).doesNotContain("SharedArchiveFile");
        Files.setPosixFilePermissions(cache.resolve("drift"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run(List.of(launcher, "--version"), env).out()).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void theDistributionHasBinDriftAndTheCompletionScriptIsGenerated(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path completion = DRIFT_JAR.resolveSibling("drift_completion");
        assertThat(Files.readString(completion)).contains("complete -F _complete_drift", "--reference", "--tenant");
        Path tarball;
        try (var files = Files.list(DRIFT_JAR.getParent())) {
            tarball = files.filter(f -> f.getFileName().toString().matches("drift-.*\\.tar\\.gz")).findFirst().orElseThrow();
        }
        Process untar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", tmp.toString()).inheritIO().start();
        assertThat(untar.waitFor()).isZero();
        Path home;
        try (var dirs = Files.list(tmp)) {
            home = dirs.findFirst().orElseThrow();
        }
        assertThat(home.resolve("lib/drift.jar")).exists();
        assertThat(home.resolve("lib/drift.classlist")).exists();
        assertThat(home.resolve("lib/drift.jsa")).as("an archive made for the build's jar path").doesNotExist();
        assertThat(home.resolve("completion/drift.bash")).exists();
        Path link = Files.createSymbolicLink(tmp.resolve("drift-link"), home.resolve("bin/drift"));
        Run run = run(List.of(link.toString(), "fleet", "-V"), Map.of());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("drift ");
    }

    @Test
    void theProgressBarIsDrawnWhenStderrIsATerminalEvenWithStdoutInAFile(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        assumeTrue(onPath("script").isPresent(), "util-linux script is not installed");
        PostgresServer server = PostgresServer.shared();
        // A tenant that accepts connections and never answers: the scan takes a second, long enough for the bar.
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             ReferenceScenario.Tenants tenants = ReferenceScenario.create(server)) {
            Path html = tmp.resolve("fleet.html");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String line = java + " -jar " + DRIFT_JAR.toAbsolutePath() + " fleet --tenant a=" + tenants.tenantA().jdbcUrl()
                    + " --tenant slow=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/x --connect-timeout 2"
                    + " --format html > " + html;
            Run pty = run(List.of("script", "-qec", line, "/dev/null"), Map.of());
            assertThat(pty.out()).contains("scanning [", "tenants");
            assertThat(Files.readString(html)).contains("<html").doesNotContain("scanning [");
            // Not a terminal: nothing drawn.
            Run piped = drift(DRIFT_JAR, "fleet", "--tenant", "a=" + tenants.tenantA().jdbcUrl(), "--tenant",
                    "slow=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/x", "--connect-timeout", "2");
            assertThat(piped.err()).doesNotContain("scanning [");
        }
    }
}
