package dev.drift.report.convergence;

import dev.drift.report.PlanOptions;
import dev.drift.testkit.PostgresServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random schema pairs converge both ways with destructive changes allowed: a random schema and a random
 * mutation of it, each pair in schemas of its own, all pairs of a run loaded side by side into one
 * reference and one target database (so a hundred pairs cost two convergence runs, not two hundred).
 *
 * <p>Runs on every supported major (see {@link #randomSchemaPairsConvergeBothWaysOnEveryMajor()}). The seed is
 * random per run and printed per major; replay a major's run with {@code -Ddrift.random.seed=<seed>
 * -Ddrift.pg.version=<major>} and, to run fewer pairs, {@code -Ddrift.random.pairs=<n>}. When a run fails, each pair is retried on
 * its own and the failure names the first failing pair's own seed, which replays it alone with
 * {@code -Ddrift.random.pairs=1}.
 */
class RandomSchemaConvergenceTest {

    private static final PlanOptions ALLOW_DESTRUCTIVE = PlanOptions.DEFAULTS.withAllowDestructive(true);

    /** One random pair: a schema and its mutation. */
    private record Pair(long seed, RandomSchema base, RandomSchema mutated, List<String> mutations) {
        static Pair of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            String prefix = "r_" + Long.toHexString(seed & 0xffffffffL);
            RandomSchema base = RandomSchema.generate(prefix, random);
            List<String> log = new ArrayList<>();
            RandomSchema mutated = base.mutate(random, log);
            return new Pair(seed, base, mutated, log);
        }
    }

    /**
     * One run per supported major: {@code drift.random.pairs} pairs (default 200) on the default server, and
     * {@code drift.random.pairsOtherMajors} (default 100, 0 to skip) on every other major, each major with a
     * seed of its own derived from the run's, so that a run covers more shapes than one major alone would.
     */
    @TestFactory
    Stream<DynamicTest> randomSchemaPairsConvergeBothWaysOnEveryMajor() {
        long seed = Long.getLong("drift.random.seed", new SplittableRandom().nextLong());
        int count = Integer.getInteger("drift.random.pairs", 200);
        int otherCount = Integer.getInteger("drift.random.pairsOtherMajors", 100);
        PostgresServer defaultServer = ConvergenceTest.server();
        int defaultMajor = defaultServer.majorVersion();
        Stream<DynamicTest> onDefault = Stream.of(DynamicTest.dynamicTest("pg" + defaultMajor + " (default server)",
                () -> run(defaultServer, seed, count)));
        Stream<DynamicTest> onOthers = PostgresServer.SUPPORTED_VERSIONS.stream()
                .filter(major -> major != defaultMajor && otherCount > 0)
                .map(major -> DynamicTest.dynamicTest("pg" + major, () -> {
                    Optional<PostgresServer> server = PostgresServer.ofVersion(major);
                    Assumptions.assumeTrue(server.isPresent(),
                            () -> "an external server of another major is configured; PostgreSQL " + major + " is not tested");
                    // Replayed alone with -Ddrift.random.seed=<this major's seed> -Ddrift.pg.version=<major>.
                    run(server.get(), seed + major, otherCount);
                }));
        return Stream.concat(onDefault, onOthers);
    }

    private static void run(PostgresServer server, long seed, int count) {
        int major = server.majorVersion();
        System.out.printf("random schema pairs on PostgreSQL %d: %d, seed %d (replay with -Ddrift.random.seed=%d"
                + " -Ddrift.pg.version=%d)%n", major, count, seed, seed, major);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add(Pair.of(seed + i * 0x9E3779B97F4A7C15L));
        }
        ConvergenceRunner runner = new ConvergenceRunner(server);
        long started = System.nanoTime();
        try {
            bothWays(runner, pairs, "seed " + seed);
        } catch (AssertionError | RuntimeException batchFailure) {
            List<Pair> failing = narrowDown(runner, pairs);
            if (failing.size() == 1) {
                Pair pair = failing.get(0);
                AssertionError alone = failure(runner, failing).orElseThrow();
                throw new AssertionError("random pair with seed " + pair.seed() + " (of run seed " + seed
                        + ") does not converge on PostgreSQL " + major + "; replay it alone with -Ddrift.random.seed="
                        + pair.seed() + " -Ddrift.random.pairs=1 -Ddrift.pg.version=" + major + "\nmutations: "
                        + pair.mutations() + "\nbase:\n" + pair.base().toSql() + "\nmutated:\n" + pair.mutated().toSql()
                        + "\n" + alone.getMessage(), alone);
            }
            throw new AssertionError("random run with seed " + seed + " fails on PostgreSQL " + major
                    + "; no single pair fails alone (" + failing.size() + " pairs fail together); replay with"
                    + " -Ddrift.random.seed=" + seed + " -Ddrift.pg.version=" + major + "\n" + batchFailure.getMessage(),
                    batchFailure);
        }
        System.out.printf("random schema pairs on PostgreSQL %d: %d pairs converged both ways in %d ms (%s)%n", major,
                count, (System.nanoTime() - started) / 1_000_000, runner.timings());
    }

    /** Halves a failing list of pairs while one half fails on its own: a few runs instead of one per pair. */
    private static List<Pair> narrowDown(ConvergenceRunner runner, List<Pair> failing) {
        List<Pair> current = failing;
        while (current.size() > 1) {
            List<Pair> first = current.subList(0, current.size() / 2);
            List<Pair> second = current.subList(current.size() / 2, current.size());
            if (failure(runner, first).isPresent()) {
                current = first;
            } else if (failure(runner, second).isPresent()) {
                current = second;
            } else {
                return current;
            }
        }
        return current;
    }

    private static Optional<AssertionError> failure(ConvergenceRunner runner, List<Pair> pairs) {
        try {
            bothWays(runner, pairs, pairs.size() == 1 ? "pair seed " + pairs.get(0).seed() : pairs.size() + " pairs");
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(e);
        } catch (RuntimeException e) {
            return Optional.of(new AssertionError(e.getMessage(), e));
        }
    }

    private static void bothWays(ConvergenceRunner runner, List<Pair> pairs, String label) {
        String base = pairs.stream().map(p -> p.base().toSql()).collect(Collectors.joining());
        String mutated = pairs.stream().map(p -> p.mutated().toSql()).collect(Collectors.joining());
        // First the mutated schema as the reference, then the base schema: the reverse direction removes what the
        // mutation added (enum values too: the enum is rebuilt).
        runner.convergeBothWays(mutated, base, ALLOW_DESTRUCTIVE, label + " (first: mutated, second: base)");
    }
}
