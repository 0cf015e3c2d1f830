package dev.drift.examples;

import static dev.drift.assertj.DriftAssertions.assertThat;

import dev.drift.core.Catalog;
import dev.drift.report.Snapshots;
import dev.drift.testkit.PostgresServer;
import dev.drift.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The baseline the example application ships must be the schema its migrations make. When a migration
 * changes the schema, regenerate it with
 * {@code mvn -pl examples test -Dtest=ShippedBaselineTest -Ddrift.examples.updateBaseline=true}
 * (or {@code drift snapshot --url <freshly migrated database> --output ...}) and review the diff.
 */
class ShippedBaselineTest {

    @Test
    void theShippedBaselineIsWhatTheMigrationsMake() {
        PostgresServer server = PostgresServer.shared();
        try (TestDatabase db = server.createDatabase("baseline")) {
            Tenant fresh = new Tenant(db.name(), "jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                    + db.name(), server.user(), "").migrate();
            Catalog catalog = fresh.read();
            if (Boolean.getBoolean("drift.examples.updateBaseline")) {
                Snapshots.write(new Catalog("example-app", catalog.serverVersion(), catalog.objects()),
                        Path.of("src/main/resources/drift/baseline.json"));
            }
            assertThat(catalog).hasNoDriftFrom(TenantParityContract.shippedBaseline());
        }
    }
}
