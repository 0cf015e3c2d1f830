package dev.drift.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One HikariCP pool per server database a scan visits more than once or from several threads: the
 * database a discovery lists databases from, and a schema-per-tenant database. Bounded by the scan's
 * per-server concurrency, read-only, created lazily and closed with the scan. (A tenant database is read
 * once, so it gets a plain connection: PostgreSQL binds a connection to one database, and a pool could
 * not share it between tenants.) A scanner that keeps its connections between scans keeps one instance
 * with a pool per tenant database too, whose idle connections stay open until they reach HikariCP's
 * {@code maxLifetime}; the pools share one housekeeping thread.
 */
final class ServerPools implements AutoCloseable {

    private final int size;
    private final Duration connectTimeout;
    /** Whether idle connections stay open (kept between scans) or close after HikariCP's idle timeout. */
    private final boolean keepIdle;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    /** One housekeeping thread for every pool (HikariCP starts one per pool otherwise: one per tenant database). */
    private final ScheduledThreadPoolExecutor housekeeping;

    ServerPools(int size, Duration connectTimeout, boolean keepIdle) {
        this.size = size;
        this.connectTimeout = connectTimeout;
        this.keepIdle = keepIdle;
        this.housekeeping = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "drift-pools-housekeeping");
            t.setDaemon(true);
            return t;
        });
        housekeeping.setRemoveOnCancelPolicy(true);
    }

    /** A connection from the pool of this URL's database; failures say where and why, never the password. */
    Connection connection(DatabaseUrl url) {
        HikariDataSource pool = pools.computeIfAbsent(url.jdbcUrl() + "\0" + url.user().orElse(""), k -> create(url));
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            // Hikari wraps the driver's failure; the driver's one carries the SQLSTATE and the reason.
            SQLException cause = e.getCause() instanceof SQLException driver ? driver : e;
            throw Failures.connect(url, cause);
        }
    }

    private HikariDataSource create(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("drift " + url.display());
        config.setJdbcUrl(url.jdbcUrl());
        config.setDataSourceProperties(url.connectionProperties(connectTimeout));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, connectTimeout.toMillis()));
        config.setInitializationFailTimeout(-1); // an unreachable server fails its tenants, not the scan
        config.setReadOnly(true);
        config.setAutoCommit(true);
        config.setScheduledExecutor(housekeeping);
        if (keepIdle) {
            config.setIdleTimeout(0);
        }
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
        housekeeping.shutdownNow();
    }
}
