package dev.drift.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.examples.TenantSchemaCheck;
import dev.drift.jdbc.DatabaseUrl;
import dev.drift.testkit.PostgresServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The health indicator's states without a Spring context, on checks of real databases. */
class TenantSchemaHealthIndicatorTest {

    private final TenantDatabases tenants = new TenantDatabases();
    private final LatestDriftReport latest =
            new LatestDriftReport(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
    private final TenantSchemaHealthIndicator indicator = new TenantSchemaHealthIndicator(latest, false);

    @AfterEach
    void dropTenants() {
        tenants.close();
    }

    @Test
    void beforeTheFirstCheckTheHealthIsUnknown() {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aTenantThatCannotBeReadIsDownWithoutItsReasonInTheDetails() {
        DatabaseUrl acme = DatabaseUrl.parse(tenants.migrated("acme").jdbcUrl());
        DatabaseUrl gone = DatabaseUrl.parse(PostgresServer.shared().jdbcUrl("no_such_tenant_db"));
        latest.update(TenantSchemaCheck.builder().baselineResource("/drift/baseline.json")
                .tenant("acme", acme).tenant("gone", gone).build().check());

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("checkedAt", "2026-11-29T12:00:00Z")
                .containsEntry("tenants", Map.of(
                        "acme", Map.of("status", "IN_SYNC", "differences", 0),
                        "gone", Map.of("status", "FAILED")));
    }
}
