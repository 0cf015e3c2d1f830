package dev.drift.examples;

import static dev.drift.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.core.ObjectKey;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tenant parity in a test, the way an application would write it: migrate every tenant with the
 * application's Flyway migrations, then assert with drift-assertj that they match each other and the
 * baseline snapshot the application ships. Run on an embedded PostgreSQL and, where Docker is there, on
 * a Testcontainers PostgreSQL.
 */
abstract class TenantParityContract {

    /** Creates an empty database for a tenant; names are unique per call. */
    abstract Tenant createTenant(String prefix);

    static Path shippedBaseline() {
        try {
            return Path.of(TenantParityContract.class.getResource("/drift/baseline.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tenantsOnTheSameMigrationAreInSync() {
        Tenant acme = createTenant("acme").migrate();
        Tenant globex = createTenant("globex").migrate();

        assertThat(globex.read()).isInSyncWith(acme.read());
        assertThat(acme.read()).hasNoDriftFrom(shippedBaseline());
    }

    @Test
    void aTenantOneMigrationBehindFailsWithTheSqlThatFixesIt() {
        Tenant acme = createTenant("acme").migrate();
        Tenant initech = createTenant("initech").migrate(Optional.of("1"));

        assertThat(dev.drift.core.Differ.compare(acme.read(), initech.read()))
                .hasMissing(ObjectKey.column("public", "orders", "external_id"));
        assertThatThrownBy(() -> assertThat(initech.read()).isInSyncWith(acme.read()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it is BEHIND (1 difference):\n  missing column public.orders.external_id\n")
                .hasMessageContaining("\nALTER TABLE public.orders ADD COLUMN external_id text;\n");
        assertThatThrownBy(() -> assertThat(initech.read()).hasNoDriftFrom(shippedBaseline()))
                .hasMessageContaining("missing column public.orders.external_id");
    }
}
