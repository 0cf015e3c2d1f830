package dev.drift.report.convergence;

import dev.drift.testkit.PostgresServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case under {@code src/test/resources/convergence/<kind>/<case>/} on the default server
 * ({@code PostgresServer.shared()}, PostgreSQL 17 unless configured), or on the major named by system
 * property {@code drift.convergence.version}.
 *
 * <p>To accept new or changed scripts: {@code DRIFT_UPDATE_GOLDEN=true mvn -pl drift-report test
 * -Dtest=ConvergenceTest} rewrites each case's {@code expected.sql}; review the diff before committing.
 */
class ConvergenceTest {

    @TestFactory
    Stream<DynamicTest> everyCaseConverges() {
        return ConvergenceCases.tests(new ConvergenceRunner(server()), ConvergenceCase::id);
    }

    static PostgresServer server() {
        String version = System.getProperty("drift.convergence.version", "").trim();
        if (version.isEmpty()) {
            return PostgresServer.shared();
        }
        int major = Integer.parseInt(version);
        return PostgresServer.ofVersion(major).orElseThrow(() -> new IllegalStateException(
                "drift.convergence.version=" + major + " but an external server of another major is configured"));
    }
}
