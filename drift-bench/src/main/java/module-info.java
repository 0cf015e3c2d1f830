/**
 * Benchmarks: generated tenant fleets, read by Drift side by side with pg_dump and a JDBC metadata
 * walk. An application with a main ({@code dev.drift.bench.BenchMain}); it exports nothing.
 */
module dev.drift.bench {
    requires dev.drift.jdbc;
    requires dev.drift.testkit;
    requires com.zaxxer.hikari;
    requires java.management;
    requires java.sql;
    requires jmh.core;
}
