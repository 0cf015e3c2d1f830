package dev.drift.bench;

import dev.drift.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL 15 the benchmark runs on: pg_dump refuses servers newer than itself,
 * and the machine's client is pg_dump 15.
 */
final class BenchServer {

    static final int MAJOR = 15;
    /** pg_dump locks every table it dumps in one transaction: 50,000 tables need a bigger lock table. */
    static final String SERVER_CONFIG = "max_locks_per_transaction=1024";

    private BenchServer() {
    }

    static PostgresServer start() {
        if (System.getProperty("drift.pg.binaries") == null && System.getenv("DRIFT_PG_BINARIES") == null) {
            binariesDirectory().ifPresent(d -> System.setProperty("drift.pg.binaries", d.toString()));
        }
        if (System.getProperty("drift.pg.serverConfig") == null) {
            System.setProperty("drift.pg.serverConfig", SERVER_CONFIG);
        }
        return PostgresServer.ofVersion(MAJOR).orElseThrow(() -> new IllegalStateException(
                "an external test server of another major is configured (DRIFT_TEST_JDBC_URL); the benchmark needs "
                        + "PostgreSQL " + MAJOR + " for pg_dump " + MAJOR + ": unset it or point it at a PostgreSQL "
                        + MAJOR + " server"));
    }

    /**
     * The build copies the PostgreSQL binaries to {@code target/pg-binaries} of the project root; find
     * it from the working directory or from where drift-bench.jar lies ({@code drift-bench/target}).
     */
    private static Optional<Path> binariesDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        Optional<Path> jarDir = Optional.ofNullable(BenchServer.class.getProtectionDomain().getCodeSource())
                .map(s -> Path.of(java.net.URI.create(s.getLocation().toString())).getParent());
        for (Path base : new Path[] {cwd, cwd.getParent(), jarDir.map(Path::getParent).orElse(cwd),
                jarDir.map(Path::getParent).map(Path::getParent).orElse(cwd)}) {
            if (base == null) {
                continue;
            }
            Path candidate = base.resolve("target").resolve("pg-binaries");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
