package dev.drift.examples.spring;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * Tenant databases of the example application on the test PostgreSQL (embedded, or
 * DRIFT_TEST_JDBC_URL's), migrated with the application's Flyway migrations from the examples module.
 */
final class TenantDatabases implements AutoCloseable {

    /** A login role that needs its password, to show that the password stays out of the logs. */
    static final String READER = "drift_reader";
    static final String READER_PASSWORD = "Spring-s3cret-Pa55";

    private final PostgresServer server = PostgresServer.shared();
    private final List<TestDatabase> databases = new ArrayList<>();

    /** A database migrated to the latest migration, or up to {@code toVersion}. */
    TestDatabase migrated(String prefix, Optional<String> toVersion) {
        TestDatabase db = server.createDatabase(prefix);
        databases.add(db);
        var flyway = Flyway.configure().dataSource(db.jdbcUrl(), null, null).locations("classpath:db/migration");
        toVersion.ifPresent(flyway::target);
        flyway.load().migrate();
        return db;
    }

    TestDatabase migrated(String prefix) {
        return migrated(prefix, Optional.empty());
    }

    /** {@code jdbc:postgresql://host:port/name}, without credentials. */
    String urlWithoutCredentials(TestDatabase db) {
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + db.name();
    }

    void createReaderRole() {
        server.createPasswordRole(READER, READER_PASSWORD);
    }

    @Override
    public void close() {
        databases.forEach(TestDatabase::close);
        databases.clear();
    }
}
