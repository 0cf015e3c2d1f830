package dev.drift.report.convergence;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Finds the golden cases and turns them into dynamic tests. */
final class ConvergenceCases {

    /** Where the cases live in the source tree (the module directory is the tests' working directory). */
    private static final Path SOURCE_ROOT = Path.of("src", "test", "resources", "convergence");

    private ConvergenceCases() {
    }

    /**
     * The cases directory: the source tree when the tests run from the module directory (so that
     * {@code DRIFT_UPDATE_GOLDEN=true} rewrites the files under version control), else the copy on the
     * class path.
     */
    static Path root() {
        if (Files.isDirectory(SOURCE_ROOT)) {
            return SOURCE_ROOT.toAbsolutePath();
        }
        if (ConvergenceRunner.UPDATE_GOLDEN) {
            throw new IllegalStateException("DRIFT_UPDATE_GOLDEN=true needs the tests to run from the drift-report "
                    + "directory, where " + SOURCE_ROOT + " is");
        }
        URL url = ConvergenceCases.class.getClassLoader().getResource("convergence");
        if (url == null) {
            throw new IllegalStateException("no convergence cases on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every case, or those whose id ({@code <kind>/<case>}) starts with one of the comma-separated
     * prefixes in system property {@code drift.convergence.cases} (or whose kind is listed in {@code drift.convergence.kinds}), e.g. {@code -Ddrift.convergence.cases=columns/,tables/drop}.
     */
    static List<ConvergenceCase> all() {
        List<ConvergenceCase> all = ConvergenceCase.loadAll(root());
        String only = System.getProperty("drift.convergence.cases", "").trim();
        // drift.convergence.kinds=types,partitions is the same as drift.convergence.cases=types/,partitions/
        String kinds = System.getProperty("drift.convergence.kinds", "").trim();
        if (!kinds.isEmpty()) {
            only = (only.isEmpty() ? "" : only + ",") + kinds.replaceAll("\\s*,\\s*", "/,") + "/";
        }
        if (only.isEmpty()) {
            return all;
        }
        List<String> prefixes = List.of(only.split(","));
        return all.stream().filter(c -> prefixes.stream().anyMatch(p -> c.id().startsWith(p.trim()))).toList();
    }

    /**
     * One dynamic test per case, named {@code <kind>/<case>}, each run by the runner, which loads the
     * next case's databases while it runs one.
     */
    static Stream<DynamicTest> tests(ConvergenceRunner runner, Function<ConvergenceCase, String> name) {
        List<ConvergenceCase> cases = all();
        int major = runner.server().majorVersion();
        return IntStream.range(0, cases.size()).mapToObj(i -> {
            ConvergenceCase c = cases.get(i);
            Optional<ConvergenceCase> next = nextOn(cases, i, major);
            return DynamicTest.dynamicTest(name.apply(c), c.directory().toUri(), () -> runner.run(c, next));
        });
    }

    /** The first case after index {@code i} that runs on this major (not skipped by its minVersion). */
    static Optional<ConvergenceCase> nextOn(List<ConvergenceCase> cases, int i, int major) {
        return cases.subList(i + 1, cases.size()).stream().filter(c -> major >= c.minVersion()).findFirst();
    }
}
