package dev.drift.jdbc;

import dev.drift.core.DriftException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a database is and how to log in, parsed and checked up front so that a bad URL fails before
 * any connection is tried. Accepts a JDBC URL ({@code jdbc:postgresql://host:port/db?user=u&password=p})
 * or a libpq URI ({@code postgresql://u:p@host:port/db}). User and password not in the URL come from
 * {@code PGUSER} and {@code PGPASSWORD}, as for {@code psql}.
 *
 * <p>{@link #toString()} and {@link #display()} never show the password.
 */
public final class DatabaseUrl {

    private final String jdbcUrl;
    private final Properties credentials;
    private final String host;
    private final String port;
    private final String database;

    private DatabaseUrl(String jdbcUrl, Properties credentials, String host, String port, String database) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
        this.host = host;
        this.port = port;
        this.database = database;
    }

    /**
     * Parses a URL.
     *
     * @throws DriftException naming what is wrong (the password is never part of the message)
     */
    public static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.trim();
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            return fromLibpq(trimmed);
        }
        if (!trimmed.startsWith("jdbc:postgresql:")) {
            throw new DriftException("not a PostgreSQL URL: '" + redactedForError(trimmed)
                    + "' (expected jdbc:postgresql://host:port/database or postgresql://user@host:port/database)");
        }
        Properties parsed = org.postgresql.Driver.parseURL(trimmed, new Properties());
        if (parsed == null) {
            throw new DriftException("malformed PostgreSQL JDBC URL: '" + redactedForError(trimmed) + "'");
        }
        String host = parsed.getProperty("PGHOST", "localhost");
        String port = parsed.getProperty("PGPORT", "5432");
        String database = parsed.getProperty("PGDBNAME", "");
        checkPorts(port, trimmed);
        if (database.isEmpty()) {
            throw new DriftException("the URL '" + redactedForError(trimmed) + "' names no database");
        }
        Properties credentials = new Properties();
        Optional.ofNullable(parsed.getProperty("user")).or(() -> env("PGUSER"))
                .ifPresent(u -> credentials.setProperty("user", u));
        Optional.ofNullable(parsed.getProperty("password")).or(() -> env("PGPASSWORD"))
                .ifPresent(p -> credentials.setProperty("password", p));
        return new DatabaseUrl(stripCredentials(trimmed), credentials, host, port, database);
    }

    private static void checkPorts(String ports, String url) {
        for (String p : ports.split(",")) {
            try {
                int n = Integer.parseInt(p);
                if (n < 1 || n > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new DriftException("bad port '" + p + "' in '" + redactedForError(url) + "'");
            }
        }
    }

    private static DatabaseUrl fromLibpq(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new DriftException("malformed PostgreSQL URL: '" + redactedForError(url) + "'");
        }
        String host = Optional.ofNullable(uri.getHost()).orElse("localhost");
        String port = uri.getPort() < 0 ? "5432" : Integer.toString(uri.getPort());
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            throw new DriftException("the URL '" + redactedForError(url) + "' names no database");
        }
        Properties credentials = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            credentials.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                credentials.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        if (!credentials.containsKey("user")) {
            env("PGUSER").ifPresent(u -> credentials.setProperty("user", u));
        }
        if (!credentials.containsKey("password")) {
            env("PGPASSWORD").ifPresent(p -> credentials.setProperty("password", p));
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + database + query;
        return new DatabaseUrl(stripCredentials(jdbc), credentials, host, port, database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static Optional<String> env(String name) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Removes user and password parameters from a JDBC URL's query (they travel as properties). */
    private static String stripCredentials(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringBuilder kept = new StringBuilder();
        for (String param : url.substring(q + 1).split("&")) {
            String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
            if (name.equalsIgnoreCase("user") || name.equalsIgnoreCase("password") || param.isEmpty()) {
                continue;
            }
            kept.append(kept.length() == 0 ? "?" : "&").append(param);
        }
        return url.substring(0, q) + kept;
    }

    /** For messages about a URL we could not parse: drop anything that may be a password. */
    static String redactedForError(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("://([^/@:]*):[^/@]*@", "://$1:***@");
    }

    /** {@code host:port/database}, safe to print. */
    public String display() {
        return host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public String database() {
        return database;
    }

    /** {@code host:port}: which server the database is on, safe to print. */
    public String server() {
        return host + ":" + port;
    }

    /**
     * The same server, user and password, another database (for databases discovered on a server).
     */
    public DatabaseUrl withDatabase(String name) {
        Objects.requireNonNull(name, "name");
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String query = q < 0 ? "" : jdbcUrl.substring(q);
        String prefix;
        if (base.startsWith("jdbc:postgresql://")) {
            int slash = base.indexOf('/', "jdbc:postgresql://".length());
            prefix = slash < 0 ? base + "/" : base.substring(0, slash + 1);
        } else {
            prefix = "jdbc:postgresql:";
        }
        String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return new DatabaseUrl(prefix + encoded + query, credentials, host, port, name);
    }

    /** Replaces this URL's password, if a text holds it, so that no message can show it. */
    String redact(String text) {
        String password = credentials.getProperty("password");
        return password == null || password.length() < 4 ? text : text.replace(password, "***");
    }

    public Optional<String> user() {
        return Optional.ofNullable(credentials.getProperty("user"));
    }

    /** The JDBC URL without user or password. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** User and password for the driver; a copy, so the caller cannot change ours. */
    Properties connectionProperties(Duration connectTimeout) {
        Properties props = new Properties();
        props.putAll(credentials);
        long seconds = Math.max(1, connectTimeout.toSeconds());
        props.setProperty("connectTimeout", Long.toString(seconds));
        props.setProperty("loginTimeout", Long.toString(seconds));
        props.setProperty("ApplicationName", "drift");
        return props;
    }

    /**
     * Opens a connection, turning the driver's failure into a message that says what went wrong and
     * where (never with the password).
     */
    public Connection connect(Duration connectTimeout) {
        try {
            return DriverManager.getConnection(jdbcUrl, connectionProperties(connectTimeout));
        } catch (SQLException e) {
            throw Failures.connect(display(), e);
        }
    }

    @Override
    public String toString() {
        return display();
    }
}
