package dev.drift.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tenant one migration behind, with {@code drift.startup.fail-on-drift=false}: the application starts
 * with a WARN, and the {@code drift} health component is OUT_OF_SERVICE with the tenant's status and
 * number of differences, and without the fix SQL unless asked for.
 */
class DriftedTenantTest extends RunningApplicationTest {

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        var acme = TENANTS.migrated("acme");
        var initech = TENANTS.migrated("initech", Optional.of("1"));
        applicationDataSource(registry, "acme", acme);
        registry.add("drift.tenants.databases.initech.url", initech::jdbcUrl);
        registry.add("drift.startup.fail-on-drift", () -> "false");
        registry.add("drift.check-interval", () -> "0");
    }

    @Autowired
    LatestDriftReport latest;

    @Test
    void theApplicationStartsWithAWarningThatSaysWhatDriftedAndHowToFixIt(CapturedOutput output) {
        assertThat(output).containsPattern("WARN .*TenantSchemaCheck +: Drift: initech is BEHIND"
                        + " drift/baseline\\.json \\(1 difference\\)")
                .contains("missing column public.orders.external_id", "ALTER TABLE public.orders ADD COLUMN external_id text;")
                .containsPattern("WARN .*DriftStartupCheck +: Drift: starting although tenant schemas"
                        + " drifted \\(drift\\.startup\\.fail-on-drift=false\\): 2 tenants checked against"
                        + " drift/baseline\\.json: 1 in sync, initech BEHIND");
    }

    @Test
    void theHealthEndpointIsOutOfServiceWithEachTenantsStatusButNoSql() {
        HealthEndpoint health = HealthEndpoint.get(port);

        assertThat(health.status()).as(health.body()).isEqualTo(503);
        JsonNode drift = health.drift();
        assertThat(drift.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(drift.path("details").path("tenants").toString())
                .isEqualTo("{\"acme\":{\"status\":\"IN_SYNC\",\"differences\":0},"
                        + "\"initech\":{\"status\":\"BEHIND\",\"differences\":1}}");
        assertThat(health.body()).doesNotContain("ALTER TABLE", "external_id", "fixSql");
    }

    @Test
    void theFixSqlIsInTheDetailsOnlyWhenAskedFor() {
        Health health = new TenantSchemaHealthIndicator(latest, true).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(((Map<?, ?>) health.getDetails().get("tenants")).get("initech"))
                .isEqualTo(Map.of("status", "BEHIND", "differences", 1,
                        "fixSql", List.of("ALTER TABLE public.orders ADD COLUMN external_id text;")));
    }
}
