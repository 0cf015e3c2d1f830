package dev.drift.jdbc;

import dev.drift.core.Catalog;
import dev.drift.core.Secrets;
import dev.drift.core.internal.CatalogInterner;
import dev.drift.core.DbObject;
import dev.drift.core.DriftException;
import dev.drift.core.fleet.MigrationHistory;
import dev.drift.core.internal.SchemaMapping;
import dev.drift.core.fleet.TenantScan;
import dev.drift.jdbc.session.Sessions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the catalogs of a fleet of tenants in parallel: bounded overall ({@code jobs}) and per server
 * ({@code jobsPerServer}), each read in a read-only transaction with connect, statement and lock
 * timeouts. A tenant that cannot be read (unreachable, authentication, timeout, permission) comes back
 * as {@link TenantScan.Failed} with a one-line reason, and the scan goes on with the others.
 *
 * <p>Identical catalogs are shared through a {@link CatalogInterner}, so memory grows with the fleet's
 * distinct schemas, not its tenants. Schema-per-tenant databases are read in one pass of the catalog
 * queries for all their tenant schemas (a big one in up to {@code jobsPerServer} parallel passes over
 * shares of its schemas), split per tenant schema as the rows arrive.
 *
 * <pre>{@code
 * List<TenantScan> scans = FleetScanner.builder().jobs(8).build()
 *         .scan(List.of(TenantSource.discover(DatabaseUrl.parse(url), "tenant_%")), (done, total, t) -> {});
 * FleetComparison fleet = Fleet.compare(scans, Baseline.majority());
 * }</pre>
 *
 * <p>A scanner built with {@link Builder#keepConnections} keeps a connection to each tenant database open
 * between scans (close the scanner to close them): with a {@link Builder#cache} a re-scan of an unchanged
 * tenant then costs one short query on a server process that already has the catalog in its caches,
 * instead of a new server process (see {@code docs/fleet.md}, "Incremental re-scans").
 */
public final class FleetScanner implements AutoCloseable {

    /** Told after each tenant is read or has failed; calls never overlap. */
    @FunctionalInterface
    public interface ScanListener {
        ScanListener NONE = (done, total, tenant) -> { };

        /**
         * @param done   how many tenants are finished, including this one
         * @param total  how many tenants the scan has (known once discovery is done)
         * @param tenant the tenant just finished
         */
        void progress(int done, int total, String tenant);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FleetScanner.class);
    /** Below this many tenant schemas per pass, one more pass costs more (it scans the catalogs again) than it saves. */
    static final int SCHEMAS_PER_PASS = 50;

    private final int jobs;
    private final int jobsPerServer;
    private final PostgresCatalogReader reader;
    private final Duration connectTimeout;
    private final boolean readHistory;
    /** The caller's interner, shared across scans; without one, each scan has its own. */
    private final Optional<CatalogInterner> interner;
    /** The last catalogs and their change tokens: a tenant whose token is unchanged is not read again. */
    private final Optional<ScanCache> cache;
    /** The pools kept open between scans (one per database); without them, each scan opens and closes its own. */
    private final Optional<ServerPools> kept;

    private FleetScanner(Builder b) {
        this.jobs = b.jobs;
        this.jobsPerServer = Math.min(b.jobsPerServer, b.jobs);
        this.reader = b.reader;
        this.connectTimeout = b.reader.connectTimeout();
        this.readHistory = b.readHistory;
        this.interner = b.interner;
        this.cache = b.cache;
        this.kept = b.keepConnections ? Optional.of(new ServerPools(jobsPerServer, connectTimeout, true)) : Optional.empty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<TenantScan> scan(Collection<? extends TenantSource> sources) {
        return scan(sources, ScanListener.NONE);
    }

    /**
     * Finds the tenants of every source, reads them, and returns one result per tenant, sorted by name.
     * A source that cannot even be listed (a discovery server that is down) is one failed entry named
     * after the source.
     *
     * @throws IllegalArgumentException if two tenants share a name that their location cannot tell apart
     */
    public List<TenantScan> scan(Collection<? extends TenantSource> sources, ScanListener listener) {
        Objects.requireNonNull(listener, "listener");
        List<TenantScan> results = Collections.synchronizedList(new ArrayList<>());
        ServerPools pools = kept.orElseGet(() -> new ServerPools(jobsPerServer, connectTimeout, false));
        try {
            List<Unit> units = new ArrayList<>();
            for (TenantSource source : sources) {
                resolve(source, pools, units, results);
            }
            units = uniqueNames(units);
            int total = results.size() + units.stream().mapToInt(Unit::size).sum();
            Progress progress = new Progress(total, listener);
            List<TenantScan> unlisted = List.copyOf(results);
            unlisted.forEach(f -> progress.done(f.tenant(), 1));
            run(units, pools, interner.orElseGet(CatalogInterner::new), results, progress);
        } finally {
            if (kept.isEmpty()) {
                pools.close();
            }
        }
        List<TenantScan> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(TenantScan::tenant));
        return sorted;
    }

    // ---- finding the tenants --------------------------------------------------------------------

    /** Something read in one go: one tenant database, or all tenant schemas of one database. */
    private sealed interface Unit permits DatabaseUnit, SchemaUnit {
        String server();

        int size();
    }

    /** @param where the tenant's location for messages and for telling equal names apart */
    private record DatabaseUnit(String tenant, String server, String where, Connector connector,
                                Optional<DatabaseUrl> url) implements Unit {
        @Override
        public int size() {
            return 1;
        }
    }

    /** @param tenants schema to tenant name */
    private record SchemaUnit(DatabaseUrl database, Map<String, String> tenants) implements Unit {
        @Override
        public String server() {
            return database.server();
        }

        @Override
        public int size() {
            return tenants.size();
        }
    }

    @FunctionalInterface
    private interface Connector {
        Connection open();
    }

    private void resolve(TenantSource source, ServerPools pools, List<Unit> units, List<TenantScan> failures) {
        if (source instanceof TenantSource.Database d) {
            units.add(new DatabaseUnit(d.tenant(), d.url().server(), d.url().display(), connector(d.url(), pools),
                    Optional.of(d.url())));
        } else if (source instanceof TenantSource.Pooled p) {
            // The server names many tenants' data sources: the tenant's own location (and cache key) adds its name.
            units.add(new DatabaseUnit(p.tenant(), p.server(), p.server() + "/" + p.tenant(),
                    () -> borrow(p.tenant(), p.dataSource()), Optional.empty()));
        } else if (source instanceof TenantSource.Discovery d) {
            String sql = "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE ? AND datallowconn"
                    + " AND NOT datistemplate ORDER BY 1";
            try {
                for (String database : list(pools, d.server(), sql, d.databasePattern())) {
                    DatabaseUrl url = d.server().withDatabase(database);
                    units.add(new DatabaseUnit(database, url.server(), url.display(), connector(url, pools),
                            Optional.of(url)));
                }
            } catch (DriftException e) {
                failures.add(new TenantScan.Failed("discovery on " + d.server().display(), reason(e, Optional.of(d.server()))));
            }
        } else if (source instanceof TenantSource.Schemas s) {
            String sql = "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname LIKE ?"
                    + " AND nspname NOT IN ('pg_catalog', 'information_schema') AND nspname !~ '^pg_' ORDER BY 1";
            try {
                Map<String, String> tenants = new LinkedHashMap<>();
                list(pools, s.database(), sql, s.schemaPattern()).forEach(schema -> tenants.put(schema, schema));
                for (Map<String, String> share : shares(tenants)) {
                    units.add(new SchemaUnit(s.database(), share));
                }
            } catch (DriftException e) {
                failures.add(new TenantScan.Failed("schemas of " + s.database().display(),
                        reason(e, Optional.of(s.database()))));
            }
        }
    }

    /** A tenant database's connection: from the kept pools when the scanner keeps them, else a new one. */
    private Connector connector(DatabaseUrl url, ServerPools pools) {
        return kept.isPresent() ? () -> pools.connection(url) : () -> url.connect(connectTimeout);
    }

    /** Closes the connections kept between scans ({@link Builder#keepConnections}); without them, does nothing. */
    @Override
    public void close() {
        kept.ifPresent(ServerPools::close);
    }

    /**
     * The tenant schemas of one database in at most {@code jobsPerServer} shares of at least
     * {@link #SCHEMAS_PER_PASS} schemas, each read in one pass of the catalog queries on a connection of its
     * own: the passes run in parallel (the server's catalog deparsing is most of a read), each holds only its
     * share's rows, and the number of queries still does not grow with the number of schemas.
     */
    private List<Map<String, String>> shares(Map<String, String> tenants) {
        int count = Math.max(1, Math.min(jobsPerServer, tenants.size() / SCHEMAS_PER_PASS));
        List<Map<String, String>> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> tenant : tenants.entrySet()) {
            int share = (int) ((long) i++ * count / tenants.size());
            if (share == out.size()) {
                out.add(new LinkedHashMap<>());
            }
            out.get(share).put(tenant.getKey(), tenant.getValue());
        }
        return out;
    }

    private List<String> list(ServerPools pools, DatabaseUrl url, String sql, String pattern) {
        try (Connection c = pools.connection(url); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, pattern);
            ps.setQueryTimeout((int) Math.max(1, reader.statementTimeout().toSeconds()));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Failures.query(url.display(), "listing tenants", e);
        }
    }

    /** Tenants that share a name are told apart by their location: {@code tenant_1@db2:5432/tenant_1}. */
    private static List<Unit> uniqueNames(List<Unit> units) {
        Map<String, Integer> counts = new HashMap<>();
        for (Unit u : units) {
            if (u instanceof DatabaseUnit d) {
                counts.merge(d.tenant(), 1, Integer::sum);
            } else {
                ((SchemaUnit) u).tenants().values().forEach(t -> counts.merge(t, 1, Integer::sum));
            }
        }
        List<Unit> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Unit u : units) {
            if (u instanceof DatabaseUnit d) {
                String name = counts.get(d.tenant()) > 1 ? d.tenant() + "@" + d.where() : d.tenant();
                claim(seen, name, d.where());
                out.add(new DatabaseUnit(name, d.server(), d.where(), d.connector(), d.url()));
            } else {
                SchemaUnit s = (SchemaUnit) u;
                Map<String, String> renamed = new LinkedHashMap<>();
                s.tenants().forEach((schema, tenant) -> {
                    String name = counts.get(tenant) > 1 ? tenant + "@" + s.database().display() : tenant;
                    claim(seen, name, s.database().display());
                    renamed.put(schema, name);
                });
                out.add(new SchemaUnit(s.database(), renamed));
            }
        }
        return out;
    }

    private static void claim(Map<String, String> seen, String name, String where) {
        String before = seen.putIfAbsent(name, where);
        if (before != null) {
            throw new IllegalArgumentException("two tenants are named " + name + " (" + before + " and " + where
                    + "): give each a name of its own");
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    private void run(List<Unit> units, ServerPools pools, CatalogInterner shared, List<TenantScan> results,
                     Progress progress) {
        if (units.isEmpty()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(jobs, units.size()), r -> {
            Thread t = new Thread(r, "drift-scan-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Map<String, Semaphore> servers = new ConcurrentHashMap<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Unit unit : units) {
                Semaphore server = servers.computeIfAbsent(unit.server(), s -> new Semaphore(jobsPerServer));
                futures.add(executor.submit(() -> {
                    server.acquireUninterruptibly();
                    try {
                        for (TenantScan scan : read(unit, pools, shared)) {
                            results.add(scan);
                            progress.done(scan.tenant(), 1);
                        }
                    } finally {
                        server.release();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriftException("the fleet scan was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a tenant read failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private List<TenantScan> read(Unit unit, ServerPools pools, CatalogInterner interner) {
        if (unit instanceof DatabaseUnit d) {
            long started = System.nanoTime();
            try (Connection c = d.connector().open()) {
                guard(c);
                Catalog catalog = readOrKeep(c, d, interner);
                Optional<MigrationHistory> history = readHistory ? history(c, d.tenant(), Optional.empty()) : Optional.empty();
                LOG.debug("read {} in {} ms", d.tenant(), (System.nanoTime() - started) / 1_000_000);
                return List.of(new TenantScan.Read(d.tenant(), catalog, SchemaMapping.identity(), history));
            } catch (SQLException | RuntimeException e) {
                return List.of(new TenantScan.Failed(d.tenant(), reason(e, d.url())));
            }
        }
        SchemaUnit s = (SchemaUnit) unit;
        try (Connection c = pools.connection(s.database())) {
            guard(c);
            // One pass of the catalog queries for every tenant schema of the database, split per schema as
            // the rows arrive (see SchemaSplit): the whole database's catalog is never held.
            String where = s.database().display();
            SchemaSplit split = new SchemaSplit(s.tenants().keySet(), interner);
            record Source(String database, int serverVersion) {
            }
            Source source = reader.withSchemas(s.tenants().keySet()).read(c, where, queries -> {
                queries.readInto(split);
                return new Source(queries.database(), queries.serverVersion());
            });
            List<TenantScan> out = new ArrayList<>();
            for (Map.Entry<String, String> tenant : s.tenants().entrySet()) {
                String schema = tenant.getKey();
                Catalog own = split.take(schema, source.database(), source.serverVersion());
                try {
                    Optional<MigrationHistory> history = readHistory ? history(c, tenant.getValue(), Optional.of(schema))
                            : Optional.empty();
                    out.add(new TenantScan.Read(tenant.getValue(), own, split.mapping(schema), history));
                } catch (RuntimeException e) {
                    out.add(new TenantScan.Failed(tenant.getValue(), reason(e, Optional.of(s.database()))));
                }
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            String why = reason(e, Optional.of(s.database()));
            return s.tenants().values().stream().map(t -> (TenantScan) new TenantScan.Failed(t, why)).toList();
        }
    }

    /**
     * The tenant's catalog: the cached one when its change token is what it was when that was read, else
     * a new read. The token is read before the catalog, so a change made during the read shows next time
     * as a changed token, never as an unchanged one.
     */
    private Catalog readOrKeep(Connection c, DatabaseUnit d, CatalogInterner interner) throws SQLException {
        if (cache.isEmpty()) {
            return interner.intern(reader.read(c, d.tenant()));
        }
        ChangeToken token = ChangeToken.read(c);
        Optional<Catalog> kept = cache.get().get(d.where(), token);
        if (kept.isPresent()) {
            return kept.get();
        }
        // Kept interned: the cache then holds each distinct shape once, like the scan itself.
        Catalog catalog = interner.intern(reader.read(c, d.tenant()));
        cache.get().put(d.where(), token, catalog);
        return catalog;
    }

    /**
     * A server that stops answering mid-query (a network partition) would hang the read forever: the
     * statement timeout only works while the server is there to enforce it.
     */
    private void guard(Connection c) throws SQLException {
        long millis = reader.statementTimeout().plus(reader.lockTimeout()).plusSeconds(5).toMillis();
        c.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, millis));
    }

    private Optional<MigrationHistory> history(Connection c, String tenant, Optional<String> schema) {
        try {
            c.setAutoCommit(false);
            try {
                Sessions.local(c, "SET TRANSACTION READ ONLY", Sessions.with(dev.drift.core.SessionSettings.READ,
                        reader.lockTimeout(), reader.statementTimeout()));
                return MigrationHistoryReader.read(c, schema);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Failures.query(tenant, "reading the migration history", e);
        }
    }

    private static Connection borrow(String tenant, DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw Failures.connect(tenant, e);
        }
    }

    /** One line, never the password. */
    private static String reason(Exception e, Optional<DatabaseUrl> url) {
        String message = e instanceof DriftException ? e.getMessage()
                : e instanceof SQLException sql ? Failures.query("the tenant", "reading", sql).getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        String line = message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s*\\R\\s*", " ").trim();
        return url.map(u -> u.redact(line)).orElse(line);
    }

    /** Counts finished tenants and tells the listener, one call at a time. */
    private static final class Progress {
        private final int total;
        private final ScanListener listener;
        private int done;

        Progress(int total, ScanListener listener) {
            this.total = total;
            this.listener = listener;
        }

        synchronized void done(String tenant, int count) {
            done += count;
            try {
                listener.progress(done, total, tenant);
            } catch (RuntimeException e) {
                LOG.warn("the scan listener failed: {}", Secrets.redact(e.toString()));
            }
        }
    }

    /** Settings of a scan. */
    public static final class Builder {
        private int jobs = 8;
        private int jobsPerServer = 4;
        private PostgresCatalogReader reader = PostgresCatalogReader.create();
        private boolean readHistory;
        private Optional<CatalogInterner> interner = Optional.empty();
        private Optional<ScanCache> cache = Optional.empty();
        private boolean keepConnections;

        private Builder() {
        }

        /** How many tenants are read at once in all (default 8). */
        public Builder jobs(int value) {
            this.jobs = atLeastOne(value, "jobs");
            return this;
        }

        /** How many tenants of one server are read at once (default 4, never more than {@link #jobs}). */
        public Builder jobsPerServer(int value) {
            this.jobsPerServer = atLeastOne(value, "jobsPerServer");
            return this;
        }

        /**
         * The reader and its settings: connect, statement and lock timeouts, and the schemas of
         * database-per-tenant tenants (a schema-per-tenant source reads its tenant schemas instead).
         * Default: {@link PostgresCatalogReader#create()}.
         */
        public Builder reader(PostgresCatalogReader value) {
            this.reader = Objects.requireNonNull(value, "reader");
            return this;
        }

        /** Also reads each tenant's Flyway or Liquibase history (for {@code Baseline.history()}). */
        public Builder readHistory(boolean value) {
            this.readHistory = value;
            return this;
        }

        /**
         * Shares catalogs across scans (e.g. with a previous one kept in memory). Without one, each scan
         * interns on its own, so a long-lived scanner keeps nothing between scans.
         */
        public Builder interner(CatalogInterner value) {
            this.interner = Optional.of(value);
            return this;
        }

        /**
         * Keeps each tenant database's catalog with its {@link ChangeToken} and, on the next scan, reads
         * only the tenants whose token changed (one short query for the others). Schema-per-tenant
         * databases are read in full every time.
         */
        public Builder cache(ScanCache value) {
            this.cache = Optional.of(value);
            return this;
        }

        /**
         * Keeps the connections to tenant databases (and to discovery and schema-per-tenant databases) open
         * between scans, one pool per database, until {@link FleetScanner#close()}: a re-scan with a
         * {@link #cache} then reads each unchanged tenant's token on a warm server process. A new connection
         * costs the server more than that query (a new process that loads its catalog caches), so this is
         * what makes a frequent fleet check cheap. Each kept tenant holds one server connection: the server's
         * {@code max_connections} must leave room for the fleet. Connections live up to 30 minutes (HikariCP's
         * {@code maxLifetime}), then are replaced. Tenants given as {@link TenantSource.Pooled} use the
         * application's pools either way.
         */
        public Builder keepConnections(boolean value) {
            this.keepConnections = value;
            return this;
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
            }
            return value;
        }

        public FleetScanner build() {
            return new FleetScanner(this);
        }
    }
}
