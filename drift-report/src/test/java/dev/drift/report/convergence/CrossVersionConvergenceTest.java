package dev.drift.report.convergence;

import dev.drift.testkit.PostgresServer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case on each supported major other than the default one (PostgreSQL 14, 15, 16 and 18;
 * {@code -Ddrift.convergence.versions=14,18} picks others),
 * one embedded server per major, reused for all its cases. A major whose script legitimately differs
 * has its own golden file, {@code expected.pg<major>.sql}. Skipped per major when an external server of
 * another major is configured.
 */
class CrossVersionConvergenceTest {

    /** The majors to run: all but the default, or those in {@code -Ddrift.convergence.versions=14,18}. */
    static List<Integer> versions() {
        String chosen = System.getProperty("drift.convergence.versions", "").trim();
        if (chosen.isEmpty()) {
            return List.of(14, 15, 16, 18);
        }
        return Stream.of(chosen.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    @TestFactory
    Stream<DynamicNode> everyCaseConvergesOnEveryVersion() {
        return versions().stream().map(this::version);
    }

    private DynamicNode version(int major) {
        Optional<PostgresServer> server = PostgresServer.ofVersion(major);
        if (server.isEmpty()) {
            return DynamicTest.dynamicTest("PostgreSQL " + major, () -> Assumptions.abort(
                    "an external server of another major is configured; PostgreSQL " + major + " is not tested"));
        }
        AtomicLong started = new AtomicLong();
        ConvergenceRunner runner = new ConvergenceRunner(server.get());
        Stream<DynamicNode> cases = Stream.concat(
                Stream.of(DynamicTest.dynamicTest("start", () -> started.set(System.nanoTime()))),
                Stream.concat(ConvergenceCases.tests(runner, c -> "pg" + major + "/" + c.id()),
                        Stream.of(DynamicTest.dynamicTest("timing", () -> System.out.printf(
                                "convergence cases on PostgreSQL %d took %d ms (%s)%n", major,
                                (System.nanoTime() - started.get()) / 1_000_000, runner.timings())))));
        return DynamicContainer.dynamicContainer("PostgreSQL " + major, cases);
    }
}
