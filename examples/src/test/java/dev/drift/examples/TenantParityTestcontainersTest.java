package dev.drift.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The parity test on a PostgreSQL in Docker, as most applications run it. Skipped where there is no
 * Docker (the embedded twin, {@link TenantParityTest}, runs everywhere).
 */
@Testcontainers(disabledWithoutDocker = true)
class TenantParityTestcontainersTest extends TenantParityContract {

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");

    private static final AtomicInteger TENANTS = new AtomicInteger();

    @Override
    Tenant createTenant(String prefix) {
        String name = prefix + "_" + TENANTS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(),
                POSTGRES.getPassword()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name + ": " + e.getMessage(), e);
        }
        String base = "jdbc:postgresql://" + POSTGRES.getHost() + ":" + POSTGRES.getMappedPort(5432) + "/" + name;
        return new Tenant(name, base, POSTGRES.getUsername(), POSTGRES.getPassword());
    }
}
