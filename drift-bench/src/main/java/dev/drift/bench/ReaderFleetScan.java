package dev.drift.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.drift.core.Catalog;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.jdbc.PostgresCatalogReader;
import dev.drift.testkit.PostgresServer;
import java.util.List;

/**
 * The fleet scan until the fleet API is merged: {@link PostgresCatalogReader} per tenant on a fixed
 * number of threads. A HikariCP pool is bound to one database, so for database-per-tenant fleets the
 * bound is the number of threads, each opening one connection per tenant (as pg_dump does); a
 * schema-per-tenant database is read through a HikariCP pool of that size.
 */
final class ReaderFleetScan implements DriftFleetScan {

    private static final java.time.Duration ONE_PASS_TIMEOUT = java.time.Duration.ofMinutes(10);

    private final PostgresServer server;
    private final int parallelism;

    ReaderFleetScan(PostgresServer server, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1 but was " + parallelism);
        }
        this.server = server;
        this.parallelism = parallelism;
    }

    @Override
    public ShapeGroups scanDatabases(List<Tenant> tenants) {
        PostgresCatalogReader reader = PostgresCatalogReader.create();
        ShapeGroups groups = new ShapeGroups();
        Parallel.map(tenants, parallelism, "the scan", t -> {
            groups.add(t.name(), reader.read(DatabaseUrl.parse(server.jdbcUrl(t.database()))));
            return t;
        });
        return groups;
    }

    @Override
    public Catalog readSchemas(String database, List<String> schemas) {
        try (HikariDataSource pool = pool(server, database, parallelism)) {
            // One pass over tens of thousands of tables can outlast the default 30 s statement timeout on a
            // busy machine: the benchmark measures the read, so it lets it finish.
            return PostgresCatalogReader.builder().schemas(schemas).statementTimeout(ONE_PASS_TIMEOUT).build().read(pool);
        }
    }

    /** A HikariCP pool on one database of the server, opening one connection up front. */
    static HikariDataSource pool(PostgresServer server, String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(database));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName("drift-bench-" + database);
        return new HikariDataSource(config);
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public String describe() {
        return "PostgresCatalogReader, " + parallelism + " connections";
    }
}
