package dev.drift.jdbc;

import dev.drift.core.Catalog;
import dev.drift.core.DriftException;
import dev.drift.core.Secrets;
import dev.drift.core.SessionSettings;
import dev.drift.core.Sql;
import dev.drift.jdbc.session.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link Catalog} from a PostgreSQL database with a fixed number of bulk pg_catalog queries
 * (kept as {@code .sql} resources beside this class), whatever the number of tables.
 *
 * <p>Reading is safe on a production database: it runs in one {@code READ ONLY}, {@code REPEATABLE READ}
 * transaction (one consistent view of the catalog), with a statement timeout and a lock timeout, takes
 * no locks beyond catalog reads, and always rolls back. Values are rendered by the server
 * ({@code format_type}, {@code pg_get_expr}, {@code pg_get_constraintdef}, {@code pg_get_indexdef})
 * under {@code search_path = pg_catalog}, so every name in them is schema-qualified and equal
 * definitions compare equal however they were written; and under fixed rendering settings
 * ({@link SessionSettings#READ}: {@code standard_conforming_strings}, {@code DateStyle}, {@code TimeZone}, ...),
 * so a database whose defaults differ reads the same. A session whose client goes away ends on its own
 * ({@link SessionSettings#CONNECTION_CHECK}).
 *
 * <pre>{@code
 * Catalog catalog = PostgresCatalogReader.builder().schemas("public").build()
 *         .read(DatabaseUrl.parse("jdbc:postgresql://localhost/tenant_a?user=app"));
 * }</pre>
 */
public final class PostgresCatalogReader {

    /** The majors whose catalogs this reader knows. */
    public static final int OLDEST_SUPPORTED = 14;
    public static final int NEWEST_SUPPORTED = 18;

    private static final Logger LOG = LoggerFactory.getLogger(PostgresCatalogReader.class);

    private final Set<String> schemas;
    private final Duration statementTimeout;
    private final Duration lockTimeout;
    private final Duration connectTimeout;
    private final boolean allowUntestedVersions;
    private final boolean parallelQueries;

    private PostgresCatalogReader(Builder b) {
        this.schemas = Set.copyOf(b.schemas);
        this.statementTimeout = b.statementTimeout;
        this.lockTimeout = b.lockTimeout;
        this.connectTimeout = b.connectTimeout;
        this.allowUntestedVersions = b.allowUntestedVersions;
        this.parallelQueries = b.parallelQueries;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The text of one of the reader's catalog queries ({@code columns}, {@code subjects}, ...) exactly as it is
     * sent to PostgreSQL 15 or later, with {@code ?::text[]} for the schema list: for tools that profile or
     * review what the reader runs.
     *
     * @throws IllegalStateException if there is no such query
     */
    public static String catalogQuery(String name) {
        return CatalogQueries.load(name);
    }

    /** A reader with the defaults: every user schema, 30 s statement timeout, 5 s lock timeout. */
    public static PostgresCatalogReader create() {
        return builder().build();
    }

    /**
     * The same settings, other schemas: a fleet scan reads all tenant schemas of a database in one pass.
     * (A setting added to the builder must be copied here too.)
     */
    PostgresCatalogReader withSchemas(Collection<String> names) {
        return builder().schemas(names).statementTimeout(statementTimeout).lockTimeout(lockTimeout)
                .connectTimeout(connectTimeout).allowUntestedVersions(allowUntestedVersions)
                .parallelQueries(parallelQueries).build();
    }

    /** How long connecting may take. */
    Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long one query may run. */
    Duration statementTimeout() {
        return statementTimeout;
    }

    /** How long a query may wait for a lock. */
    Duration lockTimeout() {
        return lockTimeout;
    }

    /**
     * Connects, reads and closes the connection. Unless {@link Builder#parallelQueries(boolean)} turned it off, a
     * second connection joins the read for its duration: it imports the first one's snapshot (so both see one
     * catalog) and runs about half of the catalog queries while the first runs the rest. Where that is not
     * possible (a standby, which cannot export a snapshot; a server out of connections) the first connection
     * reads alone.
     */
    public Catalog read(DatabaseUrl url) {
        try (Connection c = url.connect(connectTimeout)) {
            long started = System.nanoTime();
            Catalog catalog = read(c, url.display(), parallelQueries ? snapshot -> partner(url, snapshot) : null,
                    CatalogQueries::read);
            LOG.debug("read {} objects from {} in {} ms", catalog.size(), url.display(),
                    (System.nanoTime() - started) / 1_000_000);
            return catalog;
        } catch (SQLException e) {
            throw Failures.query(url.display(), "closing the connection", e);
        }
    }

    /**
     * A second connection to the same database in a read-only transaction that imported {@code snapshot}, under
     * the read's settings, or null when it cannot be had.
     */
    private Connection partner(DatabaseUrl url, String snapshot) {
        Connection partner;
        try {
            partner = url.connect(connectTimeout);
        } catch (RuntimeException e) {
            LOG.debug("reading {} on one connection: a second one failed: {}", url.display(), Secrets.redact(e.getMessage()));
            return null;
        }
        try {
            partner.setAutoCommit(false);
            // SET TRANSACTION SNAPSHOT must come before the first query of the transaction: begin's settings are
            // applied by set_config() calls, which are queries.
            begin(partner, "SET TRANSACTION SNAPSHOT " + Sql.literal(snapshot));
            return partner;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("reading {} on one connection: the second one could not share the snapshot: {}", url.display(),
                    Secrets.redact(e.getMessage()));
            closeQuietly(partner, url.display());
            return null;
        }
    }

    private static void closeQuietly(Connection connection, String where) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("closing the second connection to {}: {}", where, Secrets.redact(e.getMessage()));
        }
    }

    /** Borrows a connection from the data source, reads, and gives it back. */
    public Catalog read(DataSource dataSource) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw Failures.connect("the data source", e);
        }
        try (c) {
            return read(c, c.getCatalog());
        } catch (SQLException e) {
            throw Failures.query("the data source", "closing the connection", e);
        }
    }

    /**
     * Reads through a connection the caller owns. The connection must be in autocommit mode (not inside
     * a transaction of the caller's, which the read would otherwise join); it is left as it was found.
     *
     * @param where a name for messages, e.g. the tenant
     */
    public Catalog read(Connection connection, String where) {
        long started = System.nanoTime();
        Catalog catalog = read(connection, where, CatalogQueries::read);
        LOG.debug("read {} objects from {} in {} ms", catalog.size(), where, (System.nanoTime() - started) / 1_000_000);
        return catalog;
    }

    /** What a read does with the catalog queries, inside the reader's read-only transaction. */
    @FunctionalInterface
    interface Reading<T> {
        T run(CatalogQueries queries) throws SQLException;
    }

    /**
     * Runs {@code reading} in the read-only transaction {@link #read(Connection, String)} uses, e.g. to
     * stream the rows somewhere other than one catalog (a fleet scan splits them per tenant schema).
     */
    <T> T read(Connection connection, String where, Reading<T> reading) {
        return read(connection, where, null, reading);
    }

    /** Opens a second connection that shares the read's snapshot (see {@link #read(DatabaseUrl)}), or null. */
    @FunctionalInterface
    private interface PartnerSource {
        Connection open(String snapshot);
    }

    /** The snapshot a read shares with a second connection: what pg_export_snapshot returns, e.g. 00000003-0000001B-1. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{8}-[0-9]+");

    private <T> T read(Connection connection, String where, PartnerSource partners, Reading<T> reading) {
        Objects.requireNonNull(connection, "connection");
        try {
            if (!connection.getAutoCommit()) {
                throw new DriftException(where, null, "cannot read the catalog of " + where
                        + ": the connection is inside a transaction; pass one in autocommit mode", null);
            }
            boolean wasReadOnly = connection.isReadOnly();
            connection.setAutoCommit(false);
            Connection partner = null;
            try {
                begin(connection, "");
                CatalogQueries queries = new CatalogQueries(connection, where, schemas);
                checkVersion(where, queries.serverVersion());
                if (partners != null) {
                    String snapshot = exportSnapshot(connection, where);
                    partner = snapshot == null ? null : partners.open(snapshot);
                    queries.shareWith(partner);
                }
                return reading.run(queries);
            } finally {
                if (partner != null) {
                    closeQuietly(partner, where);
                }
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    connection.setReadOnly(wasReadOnly);
                } catch (SQLException e) {
                    LOG.warn("could not end the read-only transaction on {}: {}", where, Secrets.redact(e.getMessage()));
                }
            }
        } catch (SQLException e) {
            throw Failures.query(where, "reading the catalog", e);
        }
    }

    /**
     * Reads through a connection that is inside the caller's transaction (autocommit off), so the
     * catalog includes that transaction's own uncommitted changes: a fix script can be checked before it
     * commits. Takes no locks beyond catalog reads. The read runs under a savepoint that is rolled back
     * afterwards, so the caller's transaction is left exactly as found: its {@code search_path} and
     * timeouts are restored, and a failed catalog query does not abort it.
     *
     * @param where a name for messages, e.g. the tenant
     */
    public Catalog readWithin(Connection connection, String where) {
        Objects.requireNonNull(connection, "connection");
        try {
            if (connection.getAutoCommit()) {
                throw new DriftException(where, null, "cannot read the catalog of " + where
                        + " inside a transaction: the connection is in autocommit mode; use read(connection, where)", null);
            }
            java.sql.Savepoint savepoint = connection.setSavepoint("drift_catalog_read");
            try {
                try (Statement s = connection.createStatement()) {
                    s.execute(SessionSettings.setConfig(Sessions.with(SessionSettings.READ, lockTimeout,
                            statementTimeout), true));
                }
                CatalogQueries queries = new CatalogQueries(connection, where, schemas);
                checkVersion(where, queries.serverVersion());
                return queries.read();
            } finally {
                // Undoes the SET LOCALs above (settings are rolled back with the savepoint), nothing else.
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        } catch (SQLException e) {
            throw Failures.query(where, "reading the catalog", e);
        }
    }

    /**
     * The read's snapshot, exported for a second connection; null on a standby (which cannot export one) or when
     * the server refuses, in which case the read's transaction is begun again, as it was.
     */
    private String exportSnapshot(Connection connection, String where) throws SQLException {
        try (Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT CASE WHEN pg_catalog.pg_is_in_recovery() THEN NULL"
                     + " ELSE pg_catalog.pg_export_snapshot() END")) {
            rs.next();
            String snapshot = rs.getString(1);
            return snapshot != null && SNAPSHOT_ID.matcher(snapshot).matches() ? snapshot : null;
        } catch (SQLException e) {
            LOG.debug("reading {} on one connection: the server did not export a snapshot: {}", where,
                    Secrets.redact(e.getMessage()));
            connection.rollback();
            begin(connection, "");
            return null;
        }
    }

    /** Begins the read's transaction; {@code first} is what must come before its settings (or empty). */
    private void begin(Connection connection, String first) throws SQLException {
        // One round trip. The catalog queries sort tens of thousands of wide rows on big databases: more
        // work_mem keeps those sorts in memory, and JIT compilation (which the planner's cost estimates switch
        // on for big catalogs) costs more than it saves on queries this short. The read settings make the
        // server render definitions alike whatever the database's defaults (SessionSettings.READ).
        Sessions.local(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
                + (first.isEmpty() ? "" : " " + first + ";") + " SET LOCAL work_mem = '64MB'; SET LOCAL jit = off",
                Sessions.with(SessionSettings.READ, lockTimeout, statementTimeout));
    }

    private void checkVersion(String where, int versionNum) {
        int major = versionNum / 10000;
        if ((major < OLDEST_SUPPORTED || major > NEWEST_SUPPORTED) && !allowUntestedVersions) {
            throw new DriftException(where, null, where + " runs PostgreSQL " + major + ", whose catalog Drift does not know"
                    + " (supported: " + OLDEST_SUPPORTED + " to " + NEWEST_SUPPORTED + ")", null);
        }
    }

    /** Settings of a reader. */
    public static final class Builder {
        private final Set<String> schemas = new TreeSet<>();
        private Duration statementTimeout = Duration.ofSeconds(30);
        private Duration lockTimeout = Duration.ofSeconds(5);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private boolean allowUntestedVersions;
        private boolean parallelQueries = true;

        private Builder() {
        }

        /** Reads only these schemas (default: every user schema). */
        public Builder schemas(String... names) {
            return schemas(List.of(names));
        }

        public Builder schemas(Iterable<String> names) {
            names.forEach(n -> schemas.add(Objects.requireNonNull(n, "schema name")));
            return this;
        }

        /** How long one catalog query may run (default 30 s). */
        public Builder statementTimeout(Duration value) {
            this.statementTimeout = positive(value, "statementTimeout");
            return this;
        }

        /** How long a catalog query may wait for a lock (default 5 s). */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = positive(value, "lockTimeout");
            return this;
        }

        /** How long connecting may take (default 10 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** Reads servers outside the supported majors instead of refusing them. */
        public Builder allowUntestedVersions(boolean value) {
            this.allowUntestedVersions = value;
            return this;
        }

        /**
         * Whether a read through a URL ({@link #read(DatabaseUrl)}) may open a second connection that shares its
         * snapshot and runs half of the catalog queries (default true): a big catalog reads in about half the
         * time on a server with a core to spare. Off, every read holds one connection.
         */
        public Builder parallelQueries(boolean value) {
            this.parallelQueries = value;
            return this;
        }

        static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive but was " + value);
            }
            return value;
        }

        public PostgresCatalogReader build() {
            return new PostgresCatalogReader(this);
        }
    }
}
