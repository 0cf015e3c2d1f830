package dev.drift.report.convergence;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Whether a run on the majors other than the default one should run every case on each of them: asked for
     * with {@code -Ddrift.convergence.everyMajor=true}, and implied when golden files are written or when cases,
     * kinds or majors are picked by hand (whoever picks them wants them run).
     */
    static boolean everyCaseOnEveryMajor() {
        return Boolean.getBoolean("drift.convergence.everyMajor") || ConvergenceRunner.UPDATE_GOLDEN
                || Stream.of("drift.convergence.cases", "drift.convergence.kinds", "drift.convergence.versions")
                        .anyMatch(p -> !System.getProperty(p, "").isBlank());
    }

    /**
     * The share of {@code cases} that {@code major}, one of {@code majors} (the majors besides the default one,
     * which runs every case), runs in the default build. Together the majors run every case at least once
     * besides the default major, and each major runs:
     * <ul>
     *   <li>every case whose script differs on it (a golden file of its own or inherited from a newer major),
     *       and every case whose {@code minVersion} is this major (where a feature begins);</li>
     *   <li>every case of a kind with fewer cases than there are majors;</li>
     *   <li>and of every other kind, one case in {@code majors.size()}, in turn (the kinds start their turn on
     *       different majors), so that each major runs cases of every kind.</li>
     * </ul>
     * Why not all of them: the whole matrix (about 400 cases on four more servers) costs about 17 minutes of
     * two cores, most of the suite's budget, for cases whose script is the same text on every major; the rest
     * of the matrix runs with {@code -Ddrift.convergence.everyMajor=true} (docs/convergence.md).
     */
    static List<ConvergenceCase> shareOf(List<ConvergenceCase> cases, int major, List<Integer> majors) {
        int turn = majors.indexOf(major);
        if (turn < 0) {
            throw new IllegalArgumentException(major + " is not one of " + majors);
        }
        Map<String, List<ConvergenceCase>> byKind = new LinkedHashMap<>();
        cases.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        List<ConvergenceCase> share = new ArrayList<>();
        int kindIndex = 0;
        for (List<ConvergenceCase> ofKind : byKind.values()) {
            for (int i = 0; i < ofKind.size(); i++) {
                ConvergenceCase c = ofKind.get(i);
                boolean differsHere = !c.expectedFile(major).equals(c.directory().resolve("expected.sql"));
                boolean beginsHere = c.minVersion() == major;
                boolean fewOfKind = ofKind.size() < majors.size();
                boolean itsTurn = (i + kindIndex) % majors.size() == turn;
                if (differsHere || beginsHere || fewOfKind || itsTurn) {
                    share.add(c);
                }
            }
            kindIndex++;
        }
        return share;
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
