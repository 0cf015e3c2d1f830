package dev.drift.testkit;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script file with the {@code psql} on the PATH, the way a person would run a fix script:
 * {@code psql -X -v ON_ERROR_STOP=1 -f script.sql}. Absent psql, the check is skipped; system property
 * {@code drift.psql} may name another executable, or {@code off} to skip it.
 */
public final class Psql {

    /**
     * What psql did.
     *
     * @param exit   its exit code
     * @param output what it printed (standard output and error together)
     */
    public record Result(int exit, String output) {
    }

    private static final Optional<Path> EXECUTABLE = locate();

    private Psql() {
    }

    public static boolean available() {
        return EXECUTABLE.isPresent();
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("drift.psql", "").trim();
        if (configured.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (!configured.isEmpty()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "psql");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the script in the database; throws with psql's output when it fails. */
    public static void runFile(TestDatabase database, String script) {
        Result result = run(database, script);
        if (result.exit() != 0) {
            throw new AssertionError("psql -v ON_ERROR_STOP=1 -f failed (exit " + result.exit() + ") on "
                    + database.name() + ":\n" + result.output() + "\nscript:\n" + script);
        }
    }

    /**
     * Runs the script in the database with {@code psql -X -q -v ON_ERROR_STOP=1 -f}, in a working directory of
     * its own (where a relative path a meta-command wrote to would land), and returns what it did.
     */
    public static Result run(TestDatabase database, String script) {
        Path psql = EXECUTABLE.orElseThrow(() -> new IllegalStateException("no psql on the PATH"));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("drift-psql-");
            Path file = dir.resolve("fix.sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                    "-h", database.server().host(), "-p", String.valueOf(database.server().port()),
                    "-U", database.server().user(), "-d", database.name(), "-f", file.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
            builder.environment().put("PGCLIENTENCODING", "UTF8");
            password(database).ifPresent(p -> builder.environment().put("PGPASSWORD", p));
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("psql did not finish the fix script within 120 s on " + database.name());
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run psql: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while psql ran", e);
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    /** The password the server's JDBC URL carries, if any (for PGPASSWORD; never printed). */
    private static Optional<String> password(TestDatabase database) {
        String url = database.jdbcUrl();
        int q = url.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        for (String param : url.substring(q + 1).split("&")) {
            if (param.startsWith("password=")) {
                return Optional.of(URLDecoder.decode(param.substring("password=".length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
