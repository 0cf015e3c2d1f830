package dev.drift.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** A database created for one test on a {@link PostgresServer}. */
public final class TestDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public PostgresServer server() {
        return server;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Runs SQL (one or more statements separated by semicolons) with autocommit. */
    public TestDatabase execute(String sql) {
        server.execute(name, sql);
        return this;
    }

    /**
     * Database defaults that change how the server reads and renders SQL: backslashes in {@code '...'} as
     * escapes, other date, interval and time zone styles, fewer float digits, escaped bytea, every identifier
     * quoted, another schema first on the search path, function bodies checked, arrays without NULL, XML
     * documents, chatty notices. Drift's reads and writes must mean the same under them.
     */
    public static final List<String> HOSTILE_DEFAULTS = List.of(
            "standard_conforming_strings = off", "\"DateStyle\" = 'SQL, DMY'", "\"IntervalStyle\" = sql_standard",
            "\"TimeZone\" = 'Asia/Kathmandu'", "extra_float_digits = -3", "bytea_output = escape",
            "quote_all_identifiers = on", "search_path = hostile_first, public", "check_function_bodies = on",
            "array_nulls = off", "xmloption = document", "client_min_messages = notice");

    /**
     * Gives the database {@link #HOSTILE_DEFAULTS} (for sessions that connect from now on; what was loaded
     * before was read under PostgreSQL's defaults).
     */
    public TestDatabase withHostileDefaults() {
        server.execute(name, hostileDefaultsSql());
        return this;
    }

    /**
     * Runs SQL (as {@link #execute}) and then, if asked, gives the database {@link #HOSTILE_DEFAULTS}, on one
     * connection: what a suite that loads thousands of databases does, without a server process for each step.
     */
    public TestDatabase load(String sql, boolean hostileDefaults) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (!sql.isBlank()) {
                s.execute(sql);
            }
            if (hostileDefaults) {
                s.execute(hostileDefaultsSql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in " + name + ": " + e.getMessage() + "\n" + sql, e);
        }
        return this;
    }

    private String hostileDefaultsSql() {
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        return String.join("", HOSTILE_DEFAULTS.stream()
                .map(setting -> "ALTER DATABASE " + quoted + " SET " + setting + ";\n").toList());
    }

    public Optional<String> queryValue(String sql) {
        return server.queryValue(name, sql);
    }

    /** Drops the database (terminating leftover sessions). */
    @Override
    public void close() {
        server.administer("DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)");
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }
}
