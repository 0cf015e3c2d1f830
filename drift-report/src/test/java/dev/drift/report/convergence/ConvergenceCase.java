package dev.drift.report.convergence;

import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One golden convergence case: a directory {@code convergence/<kind>/<name>/} holding
 * {@code reference.sql}, {@code target.sql}, {@code expected.sql} (the golden {@code FixScript.toSql()}
 * text) and optionally {@code case.properties}.
 *
 * <p>Properties: {@code allowDestructive} (default false), {@code minVersion} (server major below which
 * the case is skipped), {@code converges} (default true; false where a difference is deliberately held
 * back or cannot be fixed by a statement), {@code description}, and the online-safe plan options
 * {@code concurrentIndexes} and {@code validateSeparately} (default false).
 *
 * <p>A version may need its own golden script (e.g. PostgreSQL 16 has no {@code SET EXPRESSION}):
 * {@code expected.pg16.sql} beside {@code expected.sql} wins on that major, and on older majors that
 * have no file of their own.
 */
record ConvergenceCase(String kind, String name, Path directory, boolean allowDestructive, int minVersion,
                       boolean converges, String description, boolean concurrentIndexes, boolean validateSeparately) {

    private static final Set<String> KEYS = Set.of("allowDestructive", "minVersion", "converges", "description",
            "concurrentIndexes", "validateSeparately");

    /** The plan options the case's properties ask for. */
    PlanOptions planOptions() {
        return PlanOptions.DEFAULTS.withAllowDestructive(allowDestructive).withConcurrentIndexes(concurrentIndexes)
                .withValidateSeparately(validateSeparately);
    }

    /** {@code <kind>/<name>}, the test's display name. */
    String id() {
        return kind + "/" + name;
    }

    String referenceSql() {
        return read(directory.resolve("reference.sql"));
    }

    String targetSql() {
        return read(directory.resolve("target.sql"));
    }

    /**
     * The golden file for a server major: its own {@code expected.pg<major>.sql} if there is one, else
     * what it inherits (see {@link #inheritedExpectedFile}).
     */
    Path expectedFile(int major) {
        Path own = versionedExpectedFile(major);
        return Files.exists(own) ? own : inheritedExpectedFile(major);
    }

    /**
     * What a major without a file of its own uses: the file of the nearest newer major that has one
     * (older servers usually differ from the default in the same way, e.g. PostgreSQL 14 and 15 render
     * view columns alike, so one {@code expected.pg15.sql} serves both), else {@code expected.sql}.
     */
    Path inheritedExpectedFile(int major) {
        for (int newer = major + 1; newer < PostgresServer.DEFAULT_VERSION; newer++) {
            Path file = versionedExpectedFile(newer);
            if (Files.exists(file)) {
                return file;
            }
        }
        return directory.resolve("expected.sql");
    }

    Path versionedExpectedFile(int major) {
        return directory.resolve("expected.pg" + major + ".sql");
    }

    Optional<String> expectedSql(int major) {
        Path file = expectedFile(major);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Every case under a root directory, sorted by kind and name. */
    static List<ConvergenceCase> loadAll(Path root) {
        List<ConvergenceCase> out = new ArrayList<>();
        try (Stream<Path> kinds = Files.list(root)) {
            for (Path kindDir : kinds.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> cases = Files.list(kindDir)) {
                    for (Path caseDir : cases.filter(Files::isDirectory).sorted().toList()) {
                        out.add(load(kindDir.getFileName().toString(), caseDir));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the convergence cases under " + root, e);
        }
        return out;
    }

    static ConvergenceCase load(String kind, Path dir) {
        for (String required : List.of("reference.sql", "target.sql")) {
            if (!Files.exists(dir.resolve(required))) {
                throw new IllegalStateException("convergence case " + dir + " has no " + required);
            }
        }
        Properties p = new Properties();
        Path props = dir.resolve("case.properties");
        if (Files.exists(props)) {
            try (Reader in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + props, e);
            }
            for (String key : p.stringPropertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new IllegalStateException(props + " has an unknown key " + key + "; known: " + KEYS);
                }
            }
        }
        return new ConvergenceCase(kind, dir.getFileName().toString(), dir,
                Boolean.parseBoolean(p.getProperty("allowDestructive", "false").trim()),
                Integer.parseInt(p.getProperty("minVersion", "0").trim()),
                Boolean.parseBoolean(p.getProperty("converges", "true").trim()),
                p.getProperty("description", "").trim(),
                Boolean.parseBoolean(p.getProperty("concurrentIndexes", "false").trim()),
                Boolean.parseBoolean(p.getProperty("validateSeparately", "false").trim()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
