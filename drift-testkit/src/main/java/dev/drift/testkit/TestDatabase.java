package dev.drift.testkit;

import java.sql.Connection;
import java.sql.SQLException;
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

    public Optional<String> queryValue(String sql) {
        return server.queryValue(name, sql);
    }

    /** Drops the database (terminating leftover sessions). */
    @Override
    public void close() {
        server.execute("postgres", "DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)");
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }
}
