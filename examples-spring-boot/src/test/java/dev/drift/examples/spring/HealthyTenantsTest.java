package dev.drift.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.testkit.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two tenants on the latest migration: the application's own DataSource and one configured by
 * properties with a password. The application starts although it fails on drift, /actuator/health is
 * UP, and drift made by hand while it runs shows up after the next periodic check.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthyTenantsTest extends RunningApplicationTest {

    private static TestDatabase globex;

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        TestDatabase acme = TENANTS.migrated("acme");
        globex = TENANTS.migrated("globex");
        TENANTS.createReaderRole();
        applicationDataSource(registry, "acme", acme);
        registry.add("drift.tenants.databases.globex.url", () -> TENANTS.urlWithoutCredentials(globex));
        registry.add("drift.tenants.databases.globex.username", () -> TenantDatabases.READER);
        registry.add("drift.tenants.databases.globex.password", () -> TenantDatabases.READER_PASSWORD);
        registry.add("drift.startup.fail-on-drift", () -> "true");
        registry.add("drift.check-interval", () -> "1s");
    }

    @Autowired
    TenantSchemaHealthIndicator indicator;

    @Test
    @Order(1)
    void tenantsInSyncAreUpOnTheHealthEndpoint(CapturedOutput output) {
        HealthEndpoint health = HealthEndpoint.get(port);

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode drift = health.drift();
        assertThat(drift.path("status").asText()).isEqualTo("UP");
        assertThat(drift.path("details").path("baseline").asText()).isEqualTo("drift/baseline.json");
        assertThat(drift.path("details").path("tenants").toString())
                .isEqualTo("{\"acme\":{\"status\":\"IN_SYNC\",\"differences\":0},"
                        + "\"globex\":{\"status\":\"IN_SYNC\",\"differences\":0}}");
        assertThat(output).contains("Drift: 2 tenants checked against drift/baseline.json: 2 in sync")
                .doesNotContain(TenantDatabases.READER_PASSWORD);
    }

    @Test
    @Order(2)
    void driftMadeWhileTheApplicationRunsShowsUpAfterThePeriodicCheck(CapturedOutput output) {
        // Someone "fixes" production by hand.
        globex.execute("CREATE INDEX orders_by_customer ON public.orders (customer_id)");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE));
        HealthEndpoint health = HealthEndpoint.get(port);
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        assertThat(health.drift().path("details").path("tenants").path("globex").toString())
                .isEqualTo("{\"status\":\"AHEAD\",\"differences\":1}");
        assertThat(output).contains("globex is AHEAD of drift/baseline.json (1 difference)",
                        "unexpected index public.orders.orders_by_customer", "DROP INDEX public.orders_by_customer;")
                .doesNotContain(TenantDatabases.READER_PASSWORD);
    }
}
