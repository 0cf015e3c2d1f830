package dev.drift.examples;

import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The parity test on the embedded PostgreSQL every build has (or DRIFT_TEST_JDBC_URL's server). */
class TenantParityTest extends TenantParityContract {

    private final List<TestDatabase> databases = new ArrayList<>();

    @Override
    Tenant createTenant(String prefix) {
        PostgresServer server = PostgresServer.shared();
        TestDatabase db = server.createDatabase(prefix);
        databases.add(db);
        return new Tenant(db.name(), "jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + db.name(),
                server.user(), "");
    }

    @AfterEach
    void dropTenants() {
        databases.forEach(TestDatabase::close);
    }
}
