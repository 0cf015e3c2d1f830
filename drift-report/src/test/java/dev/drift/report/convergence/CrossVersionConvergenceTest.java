package dev.drift.report.convergence;

import dev.drift.testkit.PostgresServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The golden cases on each supported major other than the default one (PostgreSQL 14, 15, 16 and 18;
 * {@code -Ddrift.convergence.versions=14,18} picks others), one embedded server per major, reused for
 * all its cases. Part of the default build, where each of these majors runs its share of the cases
 * ({@link ConvergenceCases#shareOf}: every case whose script differs there or whose feature begins there,
 * and of the rest of every kind one case in four, in turn), while {@link ConvergenceTest} runs every case on
 * PostgreSQL 17; {@code -Ddrift.convergence.everyMajor=true} runs every case on every major. A major whose
 * script legitimately differs has its own golden file, {@code expected.pg<major>.sql}. Skipped per major
 * when an external server of another major is configured.
 *
 * <p>Each major's cases run in the background, {@code drift.convergence.parallel} majors at a time
 * (default 2: a case mostly waits for its server, so two servers keep two cores busy); each dynamic
 * test reports its case's outcome. Every major is its own cluster, so roles created by the cases of
 * one major never meet another major's. Only the script file runs through psql on these majors (the
 * statements over JDBC are checked on the default major; see {@link ConvergenceRunner}). While golden
 * files are updated the majors run one at a time, newest first, so an older major sees the files it
 * inherits from newer ones.
 */
class CrossVersionConvergenceTest {

    /** The majors to run: all but the default, or those in {@code -Ddrift.convergence.versions=14,18}. */
    static List<Integer> versions() {
        String chosen = System.getProperty("drift.convergence.versions", "").trim();
        if (chosen.isEmpty()) {
            return PostgresServer.SUPPORTED_VERSIONS.stream().filter(v -> v != PostgresServer.DEFAULT_VERSION).toList();
        }
        return Stream.of(chosen.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    @TestFactory
    Stream<DynamicNode> everyCaseConvergesOnEveryVersion() {
        List<Integer> majors = versions();
        List<ConvergenceCase> cases = ConvergenceCases.all();
        int parallel = ConvergenceRunner.UPDATE_GOLDEN ? 1 : Math.max(1, Integer.getInteger("drift.convergence.parallel", 2));
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "convergence-major");
            t.setDaemon(true);
            return t;
        });
        Map<Integer, List<CompletableFuture<Void>>> outcomes = new TreeMap<>();
        List<Integer> order = new ArrayList<>(majors);
        if (ConvergenceRunner.UPDATE_GOLDEN) {
            order.sort(Comparator.reverseOrder());
        }
        boolean everyCase = ConvergenceCases.everyCaseOnEveryMajor();
        Map<Integer, List<ConvergenceCase>> casesOf = new TreeMap<>();
        for (int major : order) {
            List<ConvergenceCase> share = everyCase ? cases : ConvergenceCases.shareOf(cases, major, majors);
            casesOf.put(major, share);
            System.out.printf("PostgreSQL %d runs %d of %d golden cases%s%n", major, share.size(), cases.size(),
                    everyCase ? "" : " (its share; -Ddrift.convergence.everyMajor=true runs them all)");
            List<CompletableFuture<Void>> futures = share.stream().map(c -> new CompletableFuture<Void>()).toList();
            outcomes.put(major, futures);
            pool.execute(() -> runMajor(major, share, futures));
        }
        pool.shutdown();
        return majors.stream().map(major -> DynamicContainer.dynamicContainer("PostgreSQL " + major,
                IntStream.range(0, casesOf.get(major).size()).mapToObj(i -> DynamicTest.dynamicTest(
                        "pg" + major + "/" + casesOf.get(major).get(i).id(), casesOf.get(major).get(i).directory().toUri(),
                        () -> awaitOutcome(outcomes.get(major).get(i))))));
    }

    /** Runs every case on one major in order, completing each case's future with its outcome. */
    private static void runMajor(int major, List<ConvergenceCase> cases, List<CompletableFuture<Void>> futures) {
        long started = System.nanoTime();
        Optional<PostgresServer> server;
        try {
            server = PostgresServer.ofVersion(major);
        } catch (RuntimeException | Error e) {
            futures.forEach(f -> f.completeExceptionally(e));
            return;
        }
        if (server.isEmpty()) {
            TestAbortedException skipped = new TestAbortedException(
                    "an external server of another major is configured; PostgreSQL " + major + " is not tested");
            futures.forEach(f -> f.completeExceptionally(skipped));
            return;
        }
        ConvergenceRunner runner = new ConvergenceRunner(server.get(), false);
        for (int i = 0; i < cases.size(); i++) {
            try {
                runner.run(cases.get(i), ConvergenceCases.nextOn(cases, i, major));
                futures.get(i).complete(null);
            } catch (Throwable t) {
                futures.get(i).completeExceptionally(t);
            }
        }
        System.out.printf("convergence cases on PostgreSQL %d took %d ms (%s)%n", major,
                (System.nanoTime() - started) / 1_000_000, runner.timings());
    }

    private static void awaitOutcome(CompletableFuture<Void> outcome) throws Throwable {
        try {
            outcome.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }
}
