package dev.drift.jdbc;

import dev.drift.core.DriftException;
import dev.drift.core.Secrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a database is and how to log in, parsed and checked up front so that a bad URL fails before any
 * connection is tried. Accepts a JDBC URL ({@code jdbc:postgresql://host:port/db?user=u&password=p}, also
 * with {@code user:password@} before the host) or a libpq URI
 * ({@code postgresql://u:p@host1:5432,host2/db?sslmode=require}).
 *
 * <p>What the URL leaves unsaid comes from the environment, as for {@code psql} (see
 * {@link ConnectionSettings} for every variable and parameter): {@code PGHOST}, {@code PGPORT},
 * {@code PGDATABASE}, {@code PGUSER}, {@code PGPASSWORD}, then the password file ({@code PGPASSFILE} or
 * {@code ~/.pgpass}), {@code PGSSLMODE}, {@code PGSSLROOTCERT}, {@code PGCONNECT_TIMEOUT}, {@code PGAPPNAME},
 * {@code PGOPTIONS}. A host that starts with {@code /} is the directory of a Unix-domain socket.
 * A libpq parameter Drift cannot honour is refused, never dropped.
 *
 * <p>{@link #toString()}, {@link #display()} and every message about the URL never show the password.
 */
public final class DatabaseUrl {

    private final ConnectionSettings settings;

    private DatabaseUrl(ConnectionSettings settings) {
        this.settings = settings;
    }

    /**
     * Parses a URL, with the process environment for what it leaves unsaid.
     *
     * @throws DriftException naming what is wrong (the password is never part of the message)
     */
    public static DatabaseUrl parse(String url) {
        return parse(url, System.getenv());
    }

    /** Parses a URL with this environment (tests pass their own). */
    static DatabaseUrl parse(String url, Map<String, String> environment) {
        Objects.requireNonNull(url, "url");
        return new DatabaseUrl(ConnectionSettings.resolve(url.trim(), environment));
    }

    /** {@code host:port/database} ({@code /socket/dir:port/database} for a Unix socket), safe to print. */
    public String display() {
        return server() + "/" + settings.database();
    }

    /** The first host, or the socket directory. */
    public String host() {
        return settings.hosts().get(0).host();
    }

    public String database() {
        return settings.database();
    }

    /** {@code host:port}: which server the database is on, safe to print. */
    public String server() {
        return String.join(",", settings.hosts().stream().map(ConnectionSettings.Endpoint::display).toList());
    }

    /** The same server, user and settings, another database (for databases discovered on a server). */
    public DatabaseUrl withDatabase(String name) {
        Objects.requireNonNull(name, "name");
        return new DatabaseUrl(settings.withDatabase(name));
    }

    /** Replaces this URL's password and every other secret a text holds, so that no message can show it. */
    String redact(String text) {
        return Secrets.redact(text, settings.secrets());
    }

    public Optional<String> user() {
        return Optional.of(settings.user());
    }

    /** The JDBC URL without user or password. */
    public String jdbcUrl() {
        return settings.jdbcUrl();
    }

    /** Where the password came from, for messages: the URL, PGPASSWORD, a password file, or nowhere. */
    String passwordSource() {
        return settings.passwordSource();
    }

    /** User, password and settings for the driver; a copy, so the caller cannot change ours. */
    Properties connectionProperties(Duration connectTimeout) {
        Properties props = settings.driverProperties();
        long seconds = Math.max(1, settings.connectTimeout().orElse(connectTimeout).toSeconds());
        props.setProperty("connectTimeout", Long.toString(seconds));
        props.setProperty("loginTimeout", Long.toString(seconds));
        return props;
    }

    /**
     * Opens a connection, turning the driver's failure into a message that says what went wrong and
     * where (never with the password).
     */
    public Connection connect(Duration connectTimeout) {
        try {
            return DriverManager.getConnection(jdbcUrl(), connectionProperties(connectTimeout));
        } catch (SQLException e) {
            throw Failures.connect(this, e);
        }
    }

    /** The hosts this URL names, for tests. */
    List<ConnectionSettings.Endpoint> endpoints() {
        return settings.hosts();
    }

    @Override
    public String toString() {
        return display();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
