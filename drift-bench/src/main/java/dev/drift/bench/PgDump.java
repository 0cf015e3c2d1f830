package dev.drift.bench;

import dev.drift.testkit.PostgresServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What users do today: {@code pg_dump --schema-only} per tenant and a text {@code diff} of each dump
 * against the reference tenant's.
 */
final class PgDump {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final List<String> KNOWN_LOCATIONS = List.of(
            "/usr/lib/postgresql/" + BenchServer.MAJOR + "/bin/pg_dump", "/usr/bin/pg_dump", "/usr/local/bin/pg_dump");

    private final Path executable;
    private final String version;
    private final PostgresServer server;
    private final Path workDirectory;
    private final boolean restrictKey;

    private PgDump(Path executable, String version, PostgresServer server, Path workDirectory, boolean restrictKey) {
        this.executable = executable;
        this.version = version;
        this.server = server;
        this.workDirectory = workDirectory;
        this.restrictKey = restrictKey;
    }

    /**
     * The pg_dump to use: the one named, else {@code DRIFT_PG_DUMP}, else the usual places and the
     * {@code PATH}; empty if there is none.
     */
    static Optional<Path> find(Optional<String> named) {
        List<String> candidates = new ArrayList<>();
        named.ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("DRIFT_PG_DUMP")).ifPresent(candidates::add);
        candidates.addAll(KNOWN_LOCATIONS);
        for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "pg_dump").toString());
            }
        }
        if (named.isPresent() && !Files.isExecutable(Path.of(named.get()))) {
            throw new IllegalArgumentException("--pg-dump " + named.get() + " is not an executable file");
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Finds pg_dump and checks it can dump the server, or fails saying how to get one. */
    static PgDump locate(Optional<String> named, PostgresServer server, Path workDirectory) {
        Path executable = find(named).orElseThrow(() -> new IllegalStateException(
                "pg_dump not found (looked at --pg-dump, DRIFT_PG_DUMP, " + String.join(", ", KNOWN_LOCATIONS)
                        + " and the PATH): install the PostgreSQL " + BenchServer.MAJOR
                        + " client (Debian: apt-get install postgresql-client-" + BenchServer.MAJOR
                        + ") or pass --pg-dump /path/to/pg_dump"));
        String version = run(List.of(executable.toString(), "--version")).trim();
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            throw new IllegalStateException(executable + " --version printed '" + version + "', not a pg_dump version");
        }
        int major = Integer.parseInt(m.group(1));
        if (major < server.majorVersion()) {
            throw new IllegalStateException(executable + " is pg_dump " + major + ", which refuses PostgreSQL "
                    + server.majorVersion() + ": pass --pg-dump with a pg_dump " + server.majorVersion() + " or newer");
        }
        // Since 17.6, 16.10, 15.14 (August 2025) pg_dump writes a random \restrict key into every dump, so two
        // dumps of the same schema differ; a fixed key keeps them comparable, as a user's script would.
        boolean restrictKey = run(List.of(executable.toString(), "--help")).contains("--restrict-key");
        return new PgDump(executable, version, server, workDirectory, restrictKey);
    }

    String version() {
        return version;
    }

    /** {@code pg_dump --schema-only} of one database, or of one schema of it, into a file. */
    Path dump(String database, Optional<String> schema, String fileName) {
        Path out = workDirectory.resolve(fileName + ".sql");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--schema-only", "--no-password",
                "--host", server.host(), "--port", Integer.toString(server.port()), "--username", server.user(),
                "--file", out.toString()));
        if (restrictKey) {
            command.add("--restrict-key=driftbench");
        }
        schema.ifPresent(s -> command.addAll(List.of("--schema", s)));
        command.add(database);
        run(command);
        return out;
    }

    /**
     * Dumps every tenant and diffs its dump against the first tenant's, {@code parallelism} tenants at a
     * time (the reference is dumped first). Per-schema dumps name their schema throughout, so each is
     * rewritten to the reference's schema name before the diff, as a user's {@code sed} would.
     *
     * @return how many tenants' dumps differ from the reference's
     */
    int dumpAndDiff(List<Tenant> tenants, boolean perSchema, int parallelism) {
        Tenant reference = tenants.get(0);
        Path referenceDump = dump(reference.database(), perSchema ? Optional.of(reference.schema()) : Optional.empty(),
                "ref_" + reference.name());
        return Parallel.count(tenants.subList(1, tenants.size()), parallelism, "the pg_dump loop", t -> {
            Path dump = dump(t.database(), perSchema ? Optional.of(t.schema()) : Optional.empty(), t.name());
            if (perSchema) {
                rename(dump, t.schema(), reference.schema());
            }
            return differs(referenceDump, dump);
        });
    }

    private static void rename(Path dump, String from, String to) {
        try {
            String text = Files.readString(dump, StandardCharsets.UTF_8);
            Files.writeString(dump, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + dump, e);
        }
    }

    /** {@code diff reference dump}: exit 0 when equal, 1 when they differ. */
    private static boolean differs(Path reference, Path dump) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("diff", reference.toString(), dump.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        if (exit > 1) {
            throw new IllegalStateException("diff " + reference + " " + dump + " failed with exit code " + exit);
        }
        return exit == 1;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit + ": "
                        + output.lines().findFirst().orElse(""));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
